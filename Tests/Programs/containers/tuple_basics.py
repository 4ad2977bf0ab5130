# Checks tuple packing/unpacking, single-element repr, count/index and comparison
t = 1, 2, 3
print(t, type(t).__name__)
single = (5,)
print(single, len(single), (5), ())
print(tuple([1, 2]), tuple("ab"), tuple())
a, b, c = t
print(a, b, c)
first, *rest = t
print(first, rest)
print((1, 2, 2, 3).count(2), (1, 2, 3).index(3))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9, 9), (1, 2) == (1, 2))
print((1, "a") == (1, "a"), () < (0,))
print(t + (4,), t * 2, t[1:], t[::-1])
print(3 in t, 4 not in t)
try:
    t[0] = 9
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, 2).index(5)
except ValueError as e:
    print(type(e).__name__, e)
nested = ([1], 2)
nested[0].append(3)
print(nested)
