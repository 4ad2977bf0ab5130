# yield from passes through the sub-generator's values and evaluates to its return value
def inner(n):
    for i in range(n):
        yield i
    return "inner returned %d" % n

def outer():
    r1 = yield from inner(2)
    print("r1 =", r1)
    r2 = yield from inner(0)
    print("r2 =", r2)
    r3 = yield from plain()
    print("r3 =", r3)
    return "outer done"

def plain():
    yield "p"

g = outer()
for v in g:
    print("value", v)
g = outer()
try:
    while True:
        next(g)
except StopIteration as e:
    print("outer value:", e.value)
