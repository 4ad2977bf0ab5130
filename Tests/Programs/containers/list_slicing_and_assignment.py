# Checks list slicing and slice assignment/deletion, including extended slices
a = list(range(10))
print(a[2:5], a[::-3], a[-2:], a[:100])
a[2:5] = ["x"]
print(a)
a[1:1] = [100, 200]
print(a)
a[:2] = []
print(a)
a[::2] = "ABCD"
print(a)
del a[::2]
print(a)
del a[1]
print(a)
a[-1:] = [7, 8, 9]
print(a)
b = [0, 1, 2, 3]
b[len(b):] = [4]
print(b)
try:
    b[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[10] = 1
except IndexError as e:
    print(type(e).__name__, e)
c = b[:]
c[0] = "changed"
print(b[0], c[0])
