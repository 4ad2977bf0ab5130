# __getattr__ is called only when normal attribute lookup fails
class Dynamic:
    existing = "class attr"
    def __init__(self):
        self.real = "instance attr"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError("no " + name)
d = Dynamic()
print(d.real, d.existing, d.auto_hello)
print(getattr(d, "auto_x"), getattr(d, "missing", "default"))
print(hasattr(d, "auto_y"), hasattr(d, "nope"))
try:
    d.nope
except AttributeError as err:
    print("AttributeError:", err)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("forwarding", name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1))
