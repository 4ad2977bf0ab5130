# Loops and comprehensions over zip(x, y) or enumerate(x) into a pair of names take both values
# without the tuple, and sorting by tuples of ints lays the keys out flat: the results, errors
# (strict zips, bad unpacking, mixed key types) and resumed iterators must be as before.

a = [1, 2, 3]
b = "xyz"
print([x * 2 for x, y in zip(a, b)], {y: x for x, y in zip(a, b)}, [(i, c) for i, c in enumerate(b, 1)])
z = zip(a, b)
for x, y in z:
    if x == 2:
        break
print(list(z), list(z))
print([p for p in zip(a, b)], list(zip(a)), list(zip()), list(zip(a, b, a)))
try:
    for x, y in zip(a, "xy", strict=True):
        print(x, y)
except ValueError as e:
    print("ValueError", e)
try:
    print([x for x, y in zip("ab", [1, 2, 3], strict=True)])
except ValueError as e:
    print("ValueError", e)
try:
    for x, y in zip([(1, 2)], [3]):
        pass
    for (x, y), z in zip([(1, 2)], [3]):
        print(x, y, z)
    for x, y in zip([1], [2], [3]):
        pass
except ValueError as e:
    print("ValueError", e)
def gen():
    yield 1
    yield 2
print([(g, c) for g, c in zip(gen(), "ab")], [[i * j for i, j in zip(r, r)] for r in ([1, 2], [3])])
m = [[1, 2], [3, 4]]
t = [[row[i] for row in m] for i in range(2)]
print([[sum([x * y for x, y in zip(r, c)]) for c in t] for r in m])
print(sorted([(2, 1), (1, 5), (1, -3), (2, 0)]), sorted([(1, "b"), (1, "a")]), sorted([3, 1, 2], key=lambda v: (v % 2, -v)))
print(sorted([(1, 2), (1,), (0, 9, 9)]), sorted([(1, 2.5), (1, 2)]), sorted([(2**70, 1), (1, 2)]), sorted([(1, 2), (1, 2)], reverse=True))
pts = [(i % 3, -i) for i in range(7)]
print(sorted(range(7), key=lambda i: pts[i]), sorted(pts, reverse=True))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError", e)
