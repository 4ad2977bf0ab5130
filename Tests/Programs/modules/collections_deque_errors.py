# collections.deque errors: empty pops, bad indexes, missing values, mutation during iteration, hashing
from collections import deque

d = deque()
for method in (d.pop, d.popleft):
    try:
        method()
    except IndexError as e:
        print("IndexError:", e)
d.extend([1, 2, 3])
for key in (3, -4, "1", 1.0):
    try:
        d[key]
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    d[5] = 0
except IndexError as e:
    print("IndexError:", e)
try:
    del d[-9]
except IndexError as e:
    print("IndexError:", e)
for call in (lambda: d.index(7), lambda: d.remove(7), lambda: d.index(1, 1)):
    try:
        call()
    except ValueError as e:
        print("ValueError:", e)
try:
    for item in d:
        if item == 2:
            d.append(4)
except RuntimeError as e:
    print("RuntimeError:", e)
print(d)
try:
    hash(d)
except TypeError as e:
    print("TypeError:", e)
try:
    {d: 1}
except TypeError as e:
    print("TypeError:", e)
for bad in [lambda: d + [5], lambda: d.append(), lambda: d.append(1, 2), lambda: d.pop(0),
            lambda: d.rotate(1, 2), lambda: d.extend(5), lambda: d.insert(1), lambda: d[0:2]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    d.missing_attribute
except AttributeError as e:
    print("AttributeError:", e)
