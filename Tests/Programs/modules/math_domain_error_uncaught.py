# Checks an uncaught math domain error prints a traceback and exits with status 1
import math
print(math.sqrt(4))
root = math.sqrt(-1)
print("unreachable", root)
