# Checks sys.maxsize value and that imported modules are registered in sys.modules
import sys
import math
print(sys.maxsize)
print(sys.maxsize == 2 ** 63 - 1, sys.maxsize + 1)
print(type(sys.maxsize).__name__)
print("math" in sys.modules, "sys" in sys.modules)
print(sys.modules["math"] is math)
