# instance attributes live in __dict__, visible via vars()
class P:
    kind = "point"
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = P(1, 2)
print(p.__dict__, vars(p))
p.__dict__["z"] = 3
print(p.z)
p.w = 4
print(list(vars(p)))
print("kind" in vars(p), "kind" in vars(P))
print(getattr(p, "x"), hasattr(p, "kind"))
delattr(p, "x")
print(vars(p))
