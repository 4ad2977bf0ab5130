# attributes, subscripts and slices as assignment targets, including in unpacking
class Obj:
    pass
o = Obj()
o.x = 1
o.x, o.y = o.x + 1, 10
print(o.x, o.y)
lst = [0, 0, 0, 0]
lst[0], lst[-1] = "first", "last"
print(lst)
d = {}
d["a"], d["b"] = 1, 2
print(d)
i = 0
i, lst[i] = 2, "set"
print(i, lst)
grid = [[0] * 3 for _ in range(2)]
grid[1][2] = 5
print(grid)
o.items = [1, 2, 3]
o.items[1:] = ["x"]
print(o.items)
for o.loop in range(2):
    pass
print(o.loop)
for d["k"] in "ab":
    pass
print(d)
