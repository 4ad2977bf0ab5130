# The order CPython keeps as a generator leaves blocks: a loop's iterator is let go before the
# handler or finally around the loop runs; break, continue and return in finally blocks; errors
# raised by __enter__ and __exit__.

import sys

def inner(tag):
    try:
        yield 1
        yield 2
    finally:
        print("inner closed", tag)

def drop_order():
    try:
        for x in inner("a"):
            yield x
            raise ValueError("v")
    except ValueError:
        print("handler runs")
    yield "after"

print(list(drop_order()))

def return_order():
    try:
        for x in inner("b"):
            yield x
            return "r"
    finally:
        print("finally runs")

print(list(return_order()))

def loop_outside():
    for x in inner("c"):
        try:
            yield x
            return
        finally:
            print("finally before inner close")

print(list(loop_outside()))

def break_in_finally():
    for i in range(3):
        try:
            yield i
            raise KeyError(i)
        finally:
            print("break out", i)
            break
    yield "done"

print(list(break_in_finally()))

def continue_in_finally():
    for i in range(3):
        try:
            yield i
            raise KeyError(i)
        finally:
            continue
    yield "done"

print(list(continue_in_finally()))

def return_in_handler():
    try:
        yield 1
        raise ValueError
    except ValueError:
        return "from handler"
    finally:
        print("fin after handler return")

g = return_in_handler()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)

def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring")
    yield 2

g = ignores_exit()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)

def exc_info_gen():
    try:
        yield sys.exc_info()[0]
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__ if False else "in handler"
    yield sys.exc_info()[0]

try:
    raise IndexError
except IndexError:
    print(list(exc_info_gen()))

class Bad:
    pass

def bad_with():
    yield 0
    with Bad():
        yield 1

try:
    list(bad_with())
except TypeError as e:
    print("TypeError", e)

class ExitRaises:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        raise OSError("exit failed")

def exit_raises():
    with ExitRaises():
        yield 1
        raise ValueError("body")

try:
    list(exit_raises())
except OSError as e:
    print("OSError", e, "context", repr(e.__context__))

def multi():
    class C:
        def __init__(s, n): s.n = n
        def __enter__(s): print("enter", s.n); return s.n
        def __exit__(s, *a): print("exit", s.n)
    with C(1) as a, C(2) as b:
        yield a + b

print(list(multi()))

def star():
    try:
        yield 1
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError as eg:
        print("vals", eg.exceptions)
    except* KeyError as eg:
        print("keys", eg.exceptions)
    yield 2

print(list(star()))

def nested_fin():
    try:
        try:
            yield 1
        finally:
            print("inner fin")
            yield_value = 5
    finally:
        print("outer fin")

g = nested_fin()
next(g)
del g
print("end")

def gen_throw():
    try:
        yield 1
    except ZeroDivisionError as e:
        print("handled", type(e).__name__)
        yield 2
    yield 3

g = gen_throw()
next(g)
print(g.throw(ZeroDivisionError))
print(next(g))
