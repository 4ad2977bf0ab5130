# * and ** in calls spread iterables and mappings into arguments
def f(a, b, c, d=0):
    return a, b, c, d
args = [1, 2, 3]
print(f(*args))
print(f(*"xy", 3))
print(f(1, *(2, 3), 4))
kwargs = {"c": 30, "d": 40}
print(f(1, 2, **kwargs))
print(f(*[1], *[2], **{"c": 3}))
print(f(**{"a": "A", "b": "B", "c": "C"}))
print(f(*range(2), c=5, **{"d": 6}))
def g(*a, **k):
    return a, k
print(g(*[], **{}))
print(g(*"ab", *"c", x=1, **{"y": 2}, z=3))
try:
    f(1, **{"a": 2, "b": 3, "c": 4})
except TypeError as err:
    print("TypeError:", err)
