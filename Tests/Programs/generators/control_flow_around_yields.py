# yields inside if/elif/else, while and for (with else, break and continue), nested loops,
# send, throw, close, yield from and return values: every way a generator's control flow can
# stop at a yield and come back to it
def g1(n):
    for i in range(n):
        if i % 2:
            yield i
        elif i == 4:
            continue
        else:
            yield -i
    else:
        yield "for-else"
    yield "end"
print(list(g1(7)))

def g2():
    i = 0
    while i < 10:
        i += 1
        if i == 3:
            continue
        if i == 7:
            break
        yield i
    else:
        yield "never"
    yield "after"
print(list(g2()))

def g3():
    for a in range(3):
        for b in range(3):
            if b == 2:
                break
            yield (a, b)
        else:
            yield "inner-else"
    return "done"
g = g3()
try:
    while True:
        print(next(g))
except StopIteration as e:
    print("stop", e.value)

def g4():
    x = yield 1
    print("got", x)
    y = yield x * 2
    print("got", y)
    return x + y
g = g4()
print(next(g)); print(g.send(10))
try:
    g.send(5)
except StopIteration as e:
    print("returned", e.value)

def g5():
    for i in range(3):
        try:
            pass
        finally:
            pass
        r = yield i
        if r == "stop":
            return "stopped"
g = g5()
print(next(g), g.send(None))
try:
    g.send("stop")
except StopIteration as e:
    print(e.value)

def inner():
    x = yield 1
    yield x
    return "inner-ret"
def outer():
    r = yield from inner()
    yield r
    r2 = yield from [7, 8]
    yield r2
g = outer()
print(next(g), g.send("sent"), next(g), next(g), next(g), next(g, "exhausted"))

def g6():
    for i in range(5):
        yield i
g = g6()
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("KeyError", e)
print(next(g, "closed"))

def g7():
    while True:
        yield
g = g7()
print(next(g), g.gi_running, g.gi_suspended if hasattr(g, "gi_suspended") else "")
g.close()
print(next(g, "closed"))

def gen_stop():
    yield 1
    raise StopIteration("bad")
try:
    list(gen_stop())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

def gen_err():
    for i in range(3):
        yield 10 // (1 - i)
try:
    for v in gen_err():
        print(v)
except ZeroDivisionError as e:
    print("zde", e)

def running():
    yield g8.gi_running
g8 = running()
print(next(g8))
def reenter():
    yield next(g9)
g9 = reenter()
try:
    next(g9)
except ValueError as e:
    print("ValueError", e)
print(sum(x * x for x in range(10) if x % 3), [y for y in (c.upper() for c in "abc")])
