# Checks functools.reduce with and without an initial value, and the empty-sequence error
from functools import reduce
import functools
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 11)))
print(reduce(lambda a, b: a + b, [1, 2, 3], 100))
print(reduce(lambda acc, x: acc + [x * 2], [1, 2, 3], []))
print(reduce(max, [3, 9, 2]), reduce(lambda a, b: a, [], "init"), reduce(lambda a, b: a, ["only"]))
print(functools.reduce(lambda a, b: b + a, "abc"))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e)
