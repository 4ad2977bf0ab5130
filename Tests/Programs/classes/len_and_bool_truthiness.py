# truthiness uses __bool__, then __len__, otherwise objects are true
class Empty:
    def __len__(self):
        return 0
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Falsy:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
class Plain:
    pass
for obj in [Empty(), Sized(3), Falsy(), Plain()]:
    print(type(obj).__name__, bool(obj), "truthy" if obj else "falsy", not obj)
print(len(Sized(7)), len(Falsy()))
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as err:
    print("TypeError:", err)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as err:
    print("ValueError:", err)
