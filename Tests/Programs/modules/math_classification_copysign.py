# Checks math.isnan/isinf/isfinite, copysign and sign of zero handling
import math
for x in [1.0, 0.0, -0.0, math.inf, -math.inf, math.nan, 5]:
    print(x, math.isnan(x), math.isinf(x), math.isfinite(x))
print(math.copysign(3, -0.0), math.copysign(-3, 1), math.copysign(0.0, -1), math.copysign(2, -math.nan))
print(math.copysign(1, -0.0) < 0, -0.0 == 0.0)
print(math.fabs(-0.0), abs(-0.0))
