# Checks range repr, len, indexing, slicing, negative steps, membership and equality
r = range(10)
print(r, range(2, 8), range(1, 10, 3), range(5, 0, -1))
print(len(r), len(range(1, 10, 3)), len(range(5, 0, -2)), len(range(5, 5)), len(range(10, 0)))
print(r[0], r[-1], range(1, 10, 3)[2], range(5, 0, -1)[-1])
print(r[2:5], r[::-1], r[::2], range(1, 10, 3)[1:])
print(list(range(5, 0, -2)), list(range(-3, 3)), list(range(0)))
print(3 in r, 10 in r, 4 in range(1, 10, 3), 7 in range(1, 10, 3), 2.0 in r)
print(range(0, 4, 2) == range(0, 3, 2), range(0) == range(5, 5), r == range(10))
print(r.index(7), range(1, 10, 3).count(4), r.start, r.stop, r.step)
print(list(range(2 ** 64, 2 ** 64 + 3)))
print(sum(range(1, 101)), max(range(7)), min(range(3, 9)))
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(1.5)
except TypeError as e:
    print(type(e).__name__, e)
