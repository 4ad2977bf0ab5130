# Checks math.floor/ceil/trunc return ints, including negatives, big values and errors
import math
for x in [2.5, -2.5, 3.0, -0.5, 0.999, 1e20, -7]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x))
print(type(math.floor(2.5)).__name__, type(math.ceil(2.5)).__name__, type(math.trunc(2.5)).__name__)
print(math.floor(2 ** 100), math.ceil(True))
print(math.floor(1e300) == int(1e300))
try:
    math.floor(math.inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    math.ceil(math.nan)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.floor("1")
except TypeError as e:
    print(type(e).__name__, e)
