# unbounded recursion raises RecursionError, which can be caught
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as err:
    print("RecursionError:", err)
print(issubclass(RecursionError, RuntimeError))
def count(n):
    return n if n == 0 else count(n - 1)
print(count(900))
