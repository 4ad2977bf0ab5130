# chained assignment binds every target to the same object, left to right
a = b = c = 1
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
class Box:
    pass
box = Box()
d = {}
box.value = d["key"] = n = 42
print(box.value, d, n)
first, second = pair = (1, 2)
print(first, second, pair)
lst = [0, 0, 0]
i = lst[i] = 1 if False else 2
print(i, lst)
