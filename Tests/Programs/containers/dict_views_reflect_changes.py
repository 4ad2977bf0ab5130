# Checks that keys/values/items views are live and support len, in and set operations
d = {1: "a", 2: "b"}
k = d.keys()
v = d.values()
it = d.items()
print(len(k), 1 in k, "a" in v, (2, "b") in it)
d[3] = "c"
print(list(k), list(v), list(it))
del d[1]
print(k, v, it)
print(k & {2, 5}, sorted(k | {9}), k - {2})
print(sorted(k ^ {3, 4}))
print(d.keys() == {2, 3}, type(k).__name__, type(v).__name__, type(it).__name__)
print(list(reversed(d.keys())))
