# del unbinds names and attributes; using them afterwards raises
x = 5
del x
try:
    print(x)
except NameError as err:
    print("NameError:", err)
class C:
    pass
c = C()
c.attr = 1
del c.attr
try:
    c.attr
except AttributeError as err:
    print("AttributeError:", err)
a, b, l = 1, 2, [1, 2, 3]
del a, b, l[0]
print(l)
try:
    a
except NameError as err:
    print("NameError:", err)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as err:
        return "UnboundLocalError: " + str(err)
print(f())
