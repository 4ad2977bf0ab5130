# Checks iter() and next() with defaults and StopIteration
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
s = iter("ab")
print(list(s), list(s))
d = iter({"k1": 1, "k2": 2})
print(next(d))
it2 = iter(range(3))
print(iter(it2) is it2)
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n =+ 1
        return self.n
print(list(iter(Counter(), 4)))
try:
    iter(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next([1])
except TypeError as e:
    print(type(e).__name__, e)
