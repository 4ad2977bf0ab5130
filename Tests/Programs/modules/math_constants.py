# Checks math constants pi, e, tau, inf and nan
import math
print(math.pi, math.e, math.tau)
print(math.inf, -math.inf, math.nan)
print(math.inf == float("inf"), math.isnan(math.nan), math.nan == math.nan)
print(type(math.pi).__name__, round(math.pi, 4), math.tau == 2 * math.pi)
