# augmented assignment on attributes and subscripts evaluates the target expressions once
calls = []
def key(k):
    calls.append(k)
    return k
class Obj:
    def __init__(self):
        self.count = 0
o = Obj()
def get():
    calls.append("get")
    return o
get().count += 5
print(o.count, calls)
calls.clear()
d = {"a": 1}
d[key("a")] += 10
print(d, calls)
calls.clear()
lst = [1, 2, 3]
lst[key(1)] *= 7
print(lst, calls)
grid = [[1, 2], [3, 4]]
grid[1][0] -= 1
print(grid)
d.setdefault("b", [])
d["b"] += [1]
d["b"] += [2]
print(d)
