# assigning anywhere in a function makes the name local everywhere in it
x = 10
def f():
    try:
        print(x)
    except UnboundLocalError as err:
        print("UnboundLocalError:", err)
    x = 5
    return x
print(f())
def g():
    try:
        x += 1
    except UnboundLocalError as err:
        print("UnboundLocalError:", err)
g()
def h(flag):
    if flag:
        y = "set"
    return y
print(h(True))
try:
    h(False)
except NameError as err:
    print(type(err).__name__, isinstance(err, NameError), err)
