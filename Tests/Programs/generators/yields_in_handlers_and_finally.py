# Yields inside except clauses and finally blocks: sys.exc_info() across the yields, the name
# of the exception unbound after the clause, a finally that yields on the way out by exception,
# return and break, contexts chained through clauses that yield.

import sys

def handler_yields():
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            yield ("ok", i)
        except ValueError as e:
            yield ("err", e.args[0], sys.exc_info()[0].__name__)
            yield ("still", sys.exc_info()[1])
        print("exc_info after handler", sys.exc_info())
    try:
        e
    except NameError as ne:
        print("unbound:", ne)

for item in handler_yields():
    print(item, sys.exc_info())

def finally_yields():
    try:
        yield 1
        raise KeyError("k")
    finally:
        print("in finally", repr(sys.exc_info()[1]))
        yield "from finally"
        print("finally done")

g = finally_yields()
print(next(g))
print(next(g))
try:
    next(g)
except KeyError as e:
    print("raised after finally", repr(e))

def finally_yields_on_return():
    try:
        yield 1
        return "ret"
    finally:
        yield "fin"

g = finally_yields_on_return()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value)

def finally_yields_on_break():
    for i in range(3):
        try:
            yield i
            break
        finally:
            yield ("fin", i)
    yield "after"

print(list(finally_yields_on_break()))

def finally_yields_normally():
    try:
        yield 1
    finally:
        yield 2
    yield 3

print(list(finally_yields_normally()))

def close_during_finally_yield():
    try:
        yield 1
    finally:
        print("cleanup")
        yield 2

g = close_during_finally_yield()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)

def handler_context():
    try:
        yield 1
        raise ValueError("first")
    except ValueError:
        yield 2
        raise KeyError("second")

try:
    for v in handler_context():
        print(v)
except KeyError as e:
    print(repr(e), repr(e.__context__))

def throw_into_handler():
    try:
        yield 1
        raise ValueError("a")
    except ValueError:
        try:
            yield 2
        except IndexError as e:
            print("inner caught", repr(e), "context", repr(e.__context__))
            yield 3
    yield 4

g = throw_into_handler()
print(next(g), next(g), g.throw(IndexError("i")), next(g))

def return_in_yielding_finally():
    try:
        yield 1
        raise ValueError
    finally:
        yield 2
        return "swallowed"

g = return_in_yielding_finally()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value)

def nested_finallies():
    try:
        try:
            yield 1
            raise OSError("x")
        finally:
            yield "inner fin"
    except OSError as e:
        yield ("caught", str(e))
    finally:
        yield "outer fin"

print(list(nested_finallies()))

def loop_in_handler():
    try:
        raise ValueError
    except ValueError:
        for i in range(3):
            if i == 2:
                break
            yield i
        else:
            yield "no"
    yield "end"

print(list(loop_in_handler()))

def continue_from_handler():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError as e:
            yield e.args[0]
            continue
        yield "unreached"

print(list(continue_from_handler()))

def outer_handling():
    yield sys.exc_info()[0]

try:
    raise TypeError
except TypeError:
    g = outer_handling()
print(next(g))

def drop_in_handler():
    try:
        raise ValueError
    except ValueError:
        try:
            yield 1
        finally:
            print("dropped in handler", sys.exc_info()[0])

g = drop_in_handler()
next(g)
del g
print(sys.exc_info())
