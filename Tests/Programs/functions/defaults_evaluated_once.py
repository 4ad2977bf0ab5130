# default values are evaluated once, when the def statement runs
counter = 0
def next_value():
    global counter
    counter += 1
    print("computing default", counter)
    return counter
def f(x=next_value()):
    return x
print("defined")
print(f(), f(), f(99))
n = 10
def g(value=n):
    return value
n = 20
print(g())
def make(k):
    def h(v=k * 2):
        return v
    return h
print(make(1)(), make(5)())
print(f.__defaults__, g.__defaults__)
