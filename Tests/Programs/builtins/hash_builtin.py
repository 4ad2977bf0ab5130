# Checks hash() of equal tuples, strings, numbers and errors for unhashable values
print(hash((1, 2, "a")) == hash((1, 2, "a")), hash(()) == hash(()))
print(hash("text") == hash("te" + "xt"), hash(frozenset({1, 2})) == hash(frozenset({2, 1})))
print(hash(5), hash(-5), hash(0), hash(True), hash(2.0), hash(0.5) == hash(0.5))
print(hash(None) == hash(None), type(hash("x")).__name__)
print(hash((1, (2, 3))) == hash((1, (2, 3))), hash((1, 2)) == hash((1.0, 2.0)))
for bad in [[1], {1: 2}, {1}, (1, [2])]:
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
    def __eq__(self, other):
        return self.v == other.v
print(hash(K(42)), len({K(1), K(1), K(2)}))
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
