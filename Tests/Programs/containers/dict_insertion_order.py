# Checks dicts keep insertion order through updates, deletes and re-inserts
d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(list(d))
d["a"] = 20
print(d)
del d["z"]
d["z"] = 100
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
e = dict([("b", 1), ("a", 2)])
print(e)
f = {3: "c", 1: "a", 2: "b"}
print(f, sorted(f))
