# __setattr__ and __delattr__ intercept all attribute assignment and deletion
class Logged:
    def __init__(self):
        self.x = 1
    def __setattr__(self, name, value):
        print("setting", name, "=", value)
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        print("deleting", name)
        object.__delattr__(self, name)
o = Logged()
o.y = 5
o.s = "str"
print(o.x, o.y, o.s)
o.x += 1
print(o.x)
del o.y
print(hasattr(o, "y"))
class Frozen:
    def __setattr__(self, name, value):
        raise AttributeError("frozen: " + name)
f = Frozen()
try:
    f.a = 1
except AttributeError as err:
    print("AttributeError:", err)
setattr(o, "z", 7)
print(getattr(o, "z"))
