# TypeError messages for wrong numbers and names of arguments
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
def h():
    return 0
cases = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, c=3, b=2),
    lambda: f(1, a=1),
    lambda: g(1),
    lambda: g(1, 2, 3, c=4),
    lambda: h(1),
    lambda: h(x=1),
]
for case in cases:
    try:
        case()
    except TypeError as err:
        print(err)
