# When a generator stops, CPython lets go of its loop iterators innermost first (they are on
# its value stack), then of its variables in order; so the finally blocks of the generators
# being iterated run in that order too.

def inner(name):
    try:
        yield name
    finally:
        print("close", name)


def nested_return():
    for a in inner("A"):
        for b in inner("B"):
            return
            yield


list(nested_return())


def nested_closed():
    for a in inner("outer loop"):
        for b in inner("inner loop"):
            yield a + " / " + b


g = nested_closed()
print(next(g))
g.close()

genexpr = (x + y for x in inner("O") for y in inner("I"))
print(next(genexpr))
genexpr.close()


def loop_and_local():
    x = inner("local")
    next(x)
    for a in inner("loop"):
        yield a


g = loop_and_local()
next(g)
g.close()


def raising():
    for a in inner("R1"):
        for b in inner("R2"):
            yield b
            raise KeyError("k")


try:
    list(raising())
except KeyError as e:
    print("caught", repr(e))


def caught_inside():
    try:
        for a in inner("C1"):
            for b in inner("C2"):
                yield b
                raise ValueError
    except ValueError:
        print("handler runs after both closed")
    yield "end"


print(list(caught_inside()))
