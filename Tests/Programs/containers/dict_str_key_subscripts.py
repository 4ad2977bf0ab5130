# Subscripted reads, stores and += on dicts with str keys take a direct path; dict subclasses,
# missing keys, other key types and operands that change the dict must behave as before.

class D(dict):
    def __missing__(self, key):
        return 10
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)
d = D()
d["a"] += 1
print(d, d["zz"])
counts = {}
for w in "b a b c b a".split():
    if w in counts:
        counts[w] += 1
    else:
        counts[w] = 1
print(counts)
e = {"k": [1]}
e["k"] += [2]
e["k"] *= 2
print(e)
try:
    e["missing"] += 1
except KeyError as err:
    print("KeyError", err)
f = {"x": 1}
f["x"] += f.pop("x") + 5
print(f)
g = {1: "a", "1": "b"}
g["1"] += "c"
g[1] += "d"
print(g, "1" in g, 1 in g, "2" in g, g.get("1"))
h = {"s": "t"}
h["s"] += "u"
print(h["s"], "".join(["ab", "cd"])[1:3])
print({"é": 1}["é"], {"abcdefghijklmnopqrstuvwxyz": 2}["abcdefghijklmnopqrstuvwxyz"])
