# types.MethodType binds any callable to an instance; a function's __get__ does the same.
from types import MethodType

class Greeter:
    def __init__(self, name):
        self.name = name

def hello(self, greeting="hello"):
    return f"{greeting}, {self.name}"

g = Greeter("ada")
g.hello = MethodType(hello, g)
print(g.hello(), g.hello("hi"))
print(type(g.hello).__name__, g.hello.__self__ is g, g.hello.__func__ is hello)

bound = hello.__get__(Greeter("bob"))
print(bound("hey"))
print(hello.__get__(None, Greeter) is hello)
print(MethodType(len, [1, 2, 3])())

for bad in [lambda: MethodType(1, g), lambda: MethodType(hello), lambda: MethodType(hello, None),
            lambda: hello.__get__(None), lambda: hello.__get__()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
