# Checks * and ** unpacking in list, tuple, set and dict displays
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), [0, *a, 9], (*"xy",))
print({*a, *b, 1}, [*range(3), *"ab"])
d1 = {"a": 1, "b": 2}
d2 = {"b": 3, "c": 4}
print({**d1, **d2}, {**d2, **d1}, {"z": 0, **d1, "a": 100})
print([*{}, *{"k": 1}])
first, *middle, last = [1, 2, 3, 4, 5]
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
(x, y), z = (1, 2), 3
print(x, y, z)
try:
    p, q = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e)
try:
    p, q, r = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
