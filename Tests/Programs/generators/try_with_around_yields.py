# Generators whose yields sit inside try/except/else/finally and with: finally blocks run on
# close, on drop and on return; handlers catch what is thrown in; with exits and suppresses.

import contextlib

def g1():
    try:
        yield 1
        yield 2
    finally:
        print("g1 finally")

for x in g1():
    print(x)

g = g1()
print(next(g))
g.close()
print("closed")

g = g1()
print(next(g))
del g
print("dropped")

def g2():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            yield i
        except ValueError as e:
            print("caught", e)
            yield "handled"
        finally:
            print("finally", i)
    print("after loop")

print(list(g2()))

def g3():
    try:
        yield 1
        raise ValueError("boom")
    except ValueError as e:
        print("got", repr(e))
    else:
        print("else")
    finally:
        print("fin")
    yield 2

print(list(g3()))

def g4():
    try:
        yield 1
    except KeyError:
        print("k")
    yield 2

g = g4()
next(g)
print(g.throw(KeyError("x")))

class CM:
    def __init__(self, name): self.name = name
    def __enter__(self):
        print("enter", self.name); return self.name
    def __exit__(self, *a):
        print("exit", self.name, a[0]); return self.name == "suppress"

def g5():
    with CM("a") as a:
        yield a
        with CM("suppress"):
            yield "inner"
            raise RuntimeError("x")
        yield "after suppress"
    yield "end"

print(list(g5()))

def g6():
    with CM("b"):
        yield 1
        return 5
    yield 2

def d():
    r = yield from g6()
    print("r", r)

print(list(d()))

def g7():
    for x in range(3):
        with CM(str(x)):
            if x == 1:
                break
            yield x

print(list(g7()))

def g8():
    try:
        yield 1
    finally:
        return 9

g = g8()
next(g)
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

def g9():
    try:
        try:
            yield 1
            1/0
        finally:
            print("inner fin")
    except ZeroDivisionError as e:
        print("outer caught", e)
        raise KeyError("k")

try:
    list(g9())
except KeyError as e:
    print("ctx", repr(e.__context__))

@contextlib.contextmanager
def managed():
    print("setup")
    try:
        yield 42
    except ValueError:
        print("saw value error")
    finally:
        print("teardown")

with managed() as m:
    print(m)
with managed() as m:
    raise ValueError
print("done")
