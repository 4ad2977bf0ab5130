# Checks sys.setrecursionlimit/getrecursionlimit and RecursionError on deep recursion
import sys
old = sys.getrecursionlimit()
print(type(old).__name__, old > 0)
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(500))
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
print(issubclass(RecursionError, RuntimeError))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
