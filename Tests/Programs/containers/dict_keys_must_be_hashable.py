# Checks TypeError for unhashable dict keys and set elements, and tuple keys
d = {(1, 2): "tuple ok", frozenset({1}): "frozenset ok", None: "none", 2.5: "float"}
print(d[(1, 2)], d[frozenset({1})], d[None], d[2.5])
for bad in [[1], {"a": 1}, {1}]:
    try:
        d[bad] = 1
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(([1],))
except TypeError as e:
    print(type(e).__name__, e)
