# *args collects extra positional arguments into a tuple
def f(*args):
    return args
print(f(), f(1), f(1, "two", [3]))
def g(first, *rest):
    return first, rest
print(g(1), g(1, 2, 3))
def total(*numbers):
    result = 0
    for n in numbers:
        result += n
    return result
print(total(), total(1, 2, 3, 4))
print(type(f(1)).__name__)
def with_default(a, b=2, *args):
    return a, b, args
print(with_default(1), with_default(1, 5), with_default(1, 5, 6, 7))
