# unpacking assignment to tuple and list targets from any iterable
a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
[c, d] = "xy"
print(c, d)
(e, f), g = [3, 4], 5
print(e, f, g)
h, = [99]
print(h)
i, j, k = range(3)
print(i, j, k)
p, q = {"one": 1, "two": 2}
print(p, q)
try:
    m, n = [1, 2, 3]
except ValueError as err:
    print("ValueError:", err)
try:
    m, n, o = [1, 2]
except ValueError as err:
    print("ValueError:", err)
try:
    m, n = 5
except TypeError as err:
    print("TypeError:", err)
