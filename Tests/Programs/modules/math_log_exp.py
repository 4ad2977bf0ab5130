# Checks math.log (with base), log2, log10, log1p, exp, expm1
import math
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(2))
print(math.log2(8), math.log2(1024), math.log2(3), math.log10(1000), math.log10(2))
print(math.log(2 ** 1000), math.log2(2 ** 1000), math.log10(10 ** 100))
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10))
print(math.log1p(1e-10), math.expm1(1e-10))
print(math.log(1000, 10))
