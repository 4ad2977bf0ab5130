# Checks min/max with iterables, multiple args, key, default, ties and error messages
print(max([1, 5, 3]), min((4, 2, 8)), max("bca"), min({9, 7}))
print(max(1, 2, 3), min(-1, -5), max("apple", "banana"))
print(max([(1, "b"), (1, "c")]), min([[2], [1, 9]]))
print(max(["a", "B", "c"], key=str.upper), min(["xx", "y", "zz"], key=len))
print(max([1, 3, 3.0], key=float), max([3.0, 3]), min([2, 2.0]))
print(max([], default=None), min((), default=0), max([4], default=9))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    max()
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
