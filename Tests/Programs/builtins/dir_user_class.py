# Checks dir() on a user class and instance, filtered to public names (sorted)
class Base:
    base_attr = 1
    def base_method(self): pass
class Child(Base):
    child_attr = 2
    def method(self): pass
    def _private(self): pass
c = Child()
c.inst = 3
print([n for n in dir(Child) if not n.startswith("_")])
print([n for n in dir(c) if not n.startswith("_")])
print("_private" in dir(c), "__init__" in dir(c), "__class__" in dir(c))
print([n for n in dir(Base) if not n.startswith("_")])
print(dir(c) == sorted(dir(c)))
print([n for n in dir([]) if not n.startswith("_")])
