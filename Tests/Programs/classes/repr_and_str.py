# print and str() use __str__; repr() and containers use __repr__; __str__ falls back to __repr__
class Both:
    def __str__(self):
        return "Both as str"
    def __repr__(self):
        return "Both()"
class OnlyRepr:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "OnlyRepr(" + repr(self.v) + ")"
b = Both()
print(b)
print(str(b), repr(b))
print([b, b])
print((b,), {"k": b})
r = OnlyRepr("x")
print(r, str(r), [r])
print(f"{b} {b!r} {r}")
print(str([b]), repr(str(b)))
class Child(Both):
    def __str__(self):
        return "Child str, parent repr " + super().__repr__()
print(Child())
