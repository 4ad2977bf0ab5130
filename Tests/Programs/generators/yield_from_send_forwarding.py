# send() on the outer generator is forwarded through yield from to the sub-generator
def inner():
    total = 0
    while True:
        x = yield "inner total %d" % total
        if x is None:
            return total
        total += x

def outer():
    print("starting")
    result = yield from inner()
    print("inner returned", result)
    y = yield "outer got " + str(result)
    print("outer received", y)

g = outer()
print(next(g))
print(g.send(3))
print(g.send(4))
print(g.send(None))
try:
    g.send("last")
except StopIteration:
    print("done")

def over_list():
    yield from [1, 2]
lg = over_list()
next(lg)
try:
    lg.send("x")
except AttributeError as e:
    print("AttributeError:", e)
