# Checks frozenset immutability, hashing and use as dict key / set element
f = frozenset([1, 2, 3])
g = frozenset({3, 2, 1})
print(f, f == g, hash(f) == hash(g))
d = {f: "value"}
print(d[g])
print({frozenset({1}), frozenset({1}), frozenset({2})} == {frozenset({1}), frozenset({2})})
print(f | {4}, type(f | {4}).__name__, type({4} | f).__name__)
print(f & {1, 5}, f - {1}, f ^ {1, 9})
print(frozenset() == set(), f == {1, 2, 3})
try:
    f.add(4)
except AttributeError as e:
    print(type(e).__name__, e)
print(1 in f, len(f), sorted(f))
