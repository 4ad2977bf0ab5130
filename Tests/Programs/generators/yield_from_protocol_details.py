# PEP 380 details: the value a subiterator's StopIteration carries is the result of yield from;
# close() and GeneratorExit close the subiterator and then go on in the delegating generator;
# a generator cannot be closed while it runs.

class CountDown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("lift-off")
        self.n -= 1
        return self.n


def delegate():
    result = yield from CountDown(3)
    print("result:", result)


print(list(delegate()))


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("inner saw GeneratorExit")
        return "ignored"


def outer():
    r = yield from returns_on_exit()
    print("never reached", r)
    yield 2


g = outer()
next(g)
g.close()
print("closed")


def yields_on_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2


def outer_catches():
    try:
        yield from yields_on_exit()
    except RuntimeError as e:
        print("outer caught:", e)
        raise


g = outer_catches()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("close raised:", e)


def closes_itself():
    yield 1
    me.close()


me = closes_itself()
next(me)
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


def throw_exit():
    r = yield from returns_on_exit()
    yield r


g = throw_exit()
next(g)
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit came back out")
