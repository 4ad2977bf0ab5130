# Checks that 1, 1.0 and True are the same dict key and set element
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
print(len(d))
d2 = {True: "a", 1: "b", 1.0: "c"}
print(d2)
d3 = {0: "zero", False: "false", 0.0: "fzero"}
print(d3)
s = {1, 1.0, True, 2, 2.0}
print(len(s), sorted(s))
print({1.0, 1} == {1})
print(d.get(1.0), 1.0 in {1: 2})
