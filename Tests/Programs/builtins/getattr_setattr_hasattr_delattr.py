# Checks getattr with default, setattr, hasattr and delattr on user objects
class Box:
    kind = "box"
    def __init__(self):
        self.size = 3
b = Box()
print(getattr(b, "size"), getattr(b, "kind"), getattr(b, "color", "none"))
print(hasattr(b, "size"), hasattr(b, "color"), hasattr(Box, "kind"), hasattr(Box, "size"))
setattr(b, "color", "red")
print(b.color, getattr(b, "color"))
delattr(b, "size")
print(hasattr(b, "size"))
try:
    getattr(b, "size")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    delattr(b, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
setattr(Box, "kind", "crate")
print(b.kind, Box().kind)
print(getattr("abc", "upper")(), getattr([], "nope", None))
print(hasattr(1, "real"), hasattr(None, "x"))
try:
    getattr(b, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print(type(e).__name__, e)
