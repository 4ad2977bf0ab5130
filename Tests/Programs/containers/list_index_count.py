# Checks list.index (with bounds) and list.count, using equality across types
a = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(a.index(1), a.index(1, 2), a.index(5, 5, 9), a.index(3, -3))
print(a.count(5), a.count(7), [1, 1.0, True].count(1))
print([[1], [1]].count([1]), ["a", "b"].index("b"))
try:
    a.index(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    a.index(9, 0, 3)
except ValueError as e:
    print(type(e).__name__, e)
