# del removes items, slices and extended slices from lists and keys from dicts
a = list(range(10))
del a[0]
print(a)
del a[-1]
print(a)
del a[2:4]
print(a)
del a[::2]
print(a)
b = list(range(10))
del b[::-3]
print(b)
del b[:]
print(b)
d = {"x": 1, "y": 2, "z": 3}
del d["y"]
print(d)
try:
    del d["missing"]
except KeyError as err:
    print("KeyError:", err)
try:
    del a[50]
except IndexError as err:
    print("IndexError:", err)
