# Checks math.sqrt, isqrt, pow, fabs and modf
import math
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25), math.sqrt(10 ** 20), math.sqrt(0))
print(math.isqrt(17), math.isqrt(16), math.isqrt(0), math.isqrt(10 ** 40 + 1), math.isqrt(2 ** 101))
print(math.pow(2, 10), math.pow(2, -1), math.pow(4, 0.5), math.pow(0, 0))
print(math.fabs(-3), math.fabs(2.5), math.modf(3.75), math.modf(-2.5))
print(math.fmod(7, 3), math.fmod(-7, 3), -7 % 3)
print(type(math.sqrt(4)).__name__, type(math.isqrt(4)).__name__)
try:
    math.isqrt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    math.isqrt(2.0)
except TypeError as e:
    print(type(e).__name__, e)
