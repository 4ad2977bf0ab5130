# parameters after * or *args can only be passed by keyword
def f(a, *, key, flag=False):
    return a, key, flag
print(f(1, key="k"))
print(f(1, flag=True, key="x"))
def g(*args, sep="-"):
    return sep.join(args)
print(g("a", "b", "c"), g("a", "b", sep="+"))
try:
    f(1, 2)
except TypeError as err:
    print("TypeError:", err)
try:
    f(1)
except TypeError as err:
    print("TypeError:", err)
def h(*, x, y):
    return x - y
print(h(y=1, x=10))
print(f.__kwdefaults__)
