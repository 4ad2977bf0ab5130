# __context__ is decided once, when an exception is raised: a bare raise keeps it (even after
# it was cleared), `raise e` decides it again, and an exception thrown into a generator is
# chained only to what the generator itself handles.
from contextlib import ExitStack

try:
    try:
        raise ValueError("v")
    except ValueError:
        try:
            raise KeyError("k")
        except KeyError as e:
            e.__context__ = None
            raise
except KeyError as e:
    print("cleared and re-raised:", repr(e.__context__))


def boom():
    raise KeyError("from callback")


try:
    with ExitStack() as stack:
        stack.callback(boom)
        stack.push(lambda *exc: True)
        raise ValueError("suppressed")
except KeyError as e:
    print("ExitStack fixes the chain:", repr(e.__context__))


def reraise_explicit():
    try:
        raise ValueError("first")
    except ValueError as first:
        saved = first
    try:
        raise TypeError("second")
    except TypeError:
        raise saved


try:
    reraise_explicit()
except ValueError as e:
    print("raise e decides again:", repr(e.__context__))


def plain():
    yield 1


g = plain()
next(g)
try:
    raise KeyError("caller's")
except KeyError:
    try:
        g.throw(ValueError("thrown"))
    except ValueError as e:
        print("thrown into a generator:", repr(e.__context__))


def handling():
    try:
        raise ValueError("generator's own")
    except ValueError:
        yield 1
        raise


g = handling()
next(g)
try:
    raise KeyError("caller's")
except KeyError:
    try:
        next(g)
    except ValueError as e:
        print("bare raise after resuming:", repr(e.__context__))


def inside_handler():
    try:
        raise ValueError("own")
    except ValueError:
        try:
            yield 1
        except IndexError as e:
            print("thrown while the generator handles:", repr(e.__context__))
            yield 2


g = inside_handler()
next(g)
print(g.throw(IndexError("i")))


def closed_while_caller_handles():
    try:
        yield 1
    finally:
        raise TypeError("while closing")


g = closed_while_caller_handles()
next(g)
try:
    raise IndexError("caller's")
except IndexError:
    try:
        g.close()
    except TypeError as e:
        print("close() chains to the caller's:", repr(e.__context__), repr(e.__context__.__context__))
