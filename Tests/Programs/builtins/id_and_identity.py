# Checks id() stability and its relation to the is operator
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(a), id(a) == id(b), id(a) == id(c))
print(a is b, a is c, a == c)
print(type(id(a)).__name__, id(a) > 0 or id(a) <= 0)
x = None
print(x is None, id(None) == id(None), id(True) == id(True))
def f(): pass
print(id(f) == id(f), f is f)
