# a decorator replaces a function with the result of calling it on the function
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper
@shout
def greet(name):
    return "hello " + name
print(greet("ann"))
print(greet.__name__)
calls = []
def register(func):
    calls.append(func.__name__)
    return func
@register
def a():
    return "a"
@register
def b():
    return "b"
print(calls, a(), b())
def trace(func):
    def wrapper(*args):
        print("calling", func.__name__, args)
        result = func(*args)
        print("result", result)
        return result
    return wrapper
@trace
def add(x, y):
    return x + y
add(2, 3)
