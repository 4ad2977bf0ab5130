# subscription on user classes calls __getitem__/__setitem__/__delitem__, including slices
class Store:
    def __init__(self):
        self.data = {}
    def __getitem__(self, key):
        print("get", repr(key))
        return self.data[key]
    def __setitem__(self, key, value):
        print("set", repr(key), value)
        self.data[key] = value
    def __delitem__(self, key):
        print("del", repr(key))
        del self.data[key]
s = Store()
s["a"] = 1
s[1, 2] = "tuple key"
print(s["a"], s[1, 2])
s["a"] += 5
print(s.data)
del s["a"]
print(s.data)
class Slicer:
    def __getitem__(self, item):
        return item
sl = Slicer()
print(sl[1:2], sl[::3], sl[1:2, 3], sl[...])
try:
    s["missing"]
except KeyError as err:
    print("KeyError:", err)
