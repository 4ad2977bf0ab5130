# objects with __hash__ and __eq__ work as dict keys and set members
class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
    def __repr__(self):
        return "Key(" + self.name + ")"
d = {Key("a"): 1}
d[Key("A")] = 2
print(d)
print(Key("A") in d, Key("b") in d)
s = {Key("x"), Key("X"), Key("y")}
print(len(s))
class Plain:
    pass
p = Plain()
print({p: "identity hash"}[p])
print(len({p, p, Plain()}))
class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__)
try:
    {NoHash()}
except TypeError as err:
    print("TypeError:", err)
