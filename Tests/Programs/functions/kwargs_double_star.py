# **kwargs collects extra keyword arguments into a dict, in call order
def f(**kwargs):
    return kwargs
print(f(), f(a=1), f(b=2, a=1))
def g(x, *args, y=0, **rest):
    return x, args, y, rest
print(g(1, 2, 3, y=4, z=5, w=6))
print(g(x=1, q=2))
def describe(name, **attrs):
    parts = [name]
    for key in attrs:
        parts.append(key + "=" + str(attrs[key]))
    return " ".join(parts)
print(describe("box", width=3, height=4))
print(type(f(a=1)).__name__)
