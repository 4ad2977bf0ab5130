# Checks dict(zip(...)), dict(a=1), dict(mapping), | and |= merges, {**d} unpacking
keys = ["x", "y", "z"]
vals = [1, 2, 3]
print(dict(zip(keys, vals)))
print(dict(a=1, b=2))
print(dict({"a": 1}, b=2))
print(dict([(1, "one"), (2, "two")]))
d1 = {"a": 1, "b": 2}
d2 = {"b": 20, "c": 30}
print(d1 | d2)
print(d2 | d1)
d1 |= {"z": 0}
print(d1)
print({**d1, **d2, "extra": True})
print({**{}, **{"k": "v"}})
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print(type(e).__name__, e)
