# instances with __call__ can be called like functions
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0
    def __call__(self, value, extra=0):
        self.calls += 1
        return value * self.factor + extra
triple = Multiplier(3)
print(triple(4), triple(1, extra=10), triple.calls)
print(callable(triple), callable(Multiplier), callable(3))
print(list(map(triple, [1, 2])))
class Adder:
    def __call__(self, *args, **kwargs):
        return sum(args), sorted(kwargs)
print(Adder()(1, 2, 3, z=1, a=2))
not_callable = 5
try:
    not_callable()
except TypeError as err:
    print("TypeError:", err)
