# a generator's return value becomes StopIteration.value; plain return gives None
def gen():
    yield 1
    return "result"

def empty_return():
    return
    yield

def implicit():
    yield "a"

g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", repr(e.value), "args:", e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", repr(e.value), e.args)
for f in (empty_return, implicit):
    g = f()
    try:
        while True:
            print("yielded", next(g))
    except StopIteration as e:
        print(f.__name__, repr(e.value), e.args)
def tuple_return():
    return (1, 2)
    yield
try:
    next(tuple_return())
except StopIteration as e:
    print(e.value, e.args)
