# in-place operators use __iadd__ etc. when defined, else fall back to __add__
class Bag:
    def __init__(self, items):
        self.items = list(items)
    def __iadd__(self, other):
        print("iadd")
        self.items.extend(other)
        return self
    def __add__(self, other):
        print("add")
        return Bag(self.items + list(other))
b = Bag([1])
alias = b
b += [2, 3]
print(b.items, alias is b)
c = b + [4]
print(c.items, c is b)
class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        return OnlyAdd(self.v + other)
x = OnlyAdd(1)
before = x
x += 10
print(x.v, before.v, x is before)
class Counter:
    def __init__(self):
        self.n = 0
    def __isub__(self, k):
        self.n -= k
        return self
    def __imul__(self, k):
        self.n *= k
        return "replaced by return value"
cnt = Counter()
cnt -= 3
print(cnt.n)
cnt *= 2
print(cnt)
