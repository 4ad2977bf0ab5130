# Checks vars() of an instance, and locals() inside a function
class Pt:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Pt(1, 2)
print(vars(p))
vars(p)["z"] = 3
print(p.z, p.__dict__)
def f(a, b=5):
    c = a + b
    return locals()
print(f(1))
print(sorted(f(2, 3).keys()))
