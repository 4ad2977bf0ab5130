# assigning to slices replaces, grows, shrinks, and extended slices must match length
a = list(range(6))
a[1:3] = ["x", "y", "z"]
print(a)
a[:2] = []
print(a)
a[len(a):] = [100, 200]
print(a)
a[:0] = [-1]
print(a)
b = list(range(10))
b[::2] = "abcde"
print(b)
b[::-3] = [0, 0, 0, 0]
print(b)
c = [1, 2, 3]
c[:] = (7, 8)
print(c)
c[5:9] = [9]
print(c)
try:
    b[::2] = [1, 2]
except ValueError as err:
    print("ValueError:", err)
