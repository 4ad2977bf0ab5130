# isinstance and issubclass follow inheritance and accept tuples
class Base: pass
class Mid(Base): pass
class Leaf(Mid): pass
class Other: pass
leaf = Leaf()
print(isinstance(leaf, Leaf), isinstance(leaf, Mid), isinstance(leaf, Base), isinstance(leaf, Other))
print(isinstance(leaf, (Other, Base)), isinstance(leaf, ()))
print(issubclass(Leaf, Base), issubclass(Base, Leaf), issubclass(Leaf, Leaf))
print(issubclass(Leaf, (Other, Mid)), issubclass(Leaf, object))
print(isinstance(True, int), isinstance(1, bool), issubclass(bool, int))
print(isinstance(Leaf, type), isinstance(leaf, object), isinstance(None, object))
print(type(leaf) is Leaf, type(leaf) is Base, type(leaf) == Leaf)
try:
    isinstance(leaf, "Leaf")
except TypeError as err:
    print("TypeError:", err)
try:
    issubclass(leaf, Base)
except TypeError as err:
    print("TypeError:", err)
