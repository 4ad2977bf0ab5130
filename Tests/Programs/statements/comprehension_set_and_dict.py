# set and dict comprehensions, including later keys overriding earlier ones
print(sorted({x % 3 for x in range(10)}))
print({n * n for n in [1, -1, 2, -2]} == {1, 4})
words = ["apple", "banana", "cherry"]
print({w: len(w) for w in words})
print({w[0]: w for w in words + ["avocado"]})
print({k: v for k, v in [("a", 1), ("b", 2)] if v > 1})
d = {"x": 1, "y": 2}
print({v: k for k, v in d.items()})
print({i: [j for j in range(i)] for i in range(4)})
print({}, set())
print({x for x in []})
