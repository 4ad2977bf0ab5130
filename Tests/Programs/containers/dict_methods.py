# Checks dict get, setdefault, pop, popitem, update, copy, clear and fromkeys
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("x"), d.get("x", 0))
print(d.setdefault("a", 99), d.setdefault("c", 3), d)
print(d.pop("b"), d.pop("zz", "default"), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
d.update({"d": 4}, e=5)
d.update([("f", 6)])
print(d)
print(d.popitem(), d)
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"])
d.clear()
print(d)
try:
    d.popitem()
except KeyError as e:
    print(type(e).__name__, e)
print(dict.fromkeys([1, 2, 3]), dict.fromkeys("ab", []))
try:
    {}["missing"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    {}[(1, 2)]
except KeyError as e:
    print(type(e).__name__, e)
