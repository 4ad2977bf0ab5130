# Several exit callbacks of one ExitStack fail while an exception unwinds through it: each
# failure takes the previous one as its context, as nested with statements would, and no
# context chain loops back on itself.
from contextlib import ExitStack


def chain(e):
    links = []
    seen = set()
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        links.append(f"{type(e).__name__}({e})")
        e = e.__context__
    return " <- ".join(links) + (" <- (cycle)" if e is not None else "")


class Failing:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self.name

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, "sees", type(exc).__name__ if exc else None)
        raise LookupError(self.name)


def body_fails():
    with ExitStack() as stack:
        stack.enter_context(Failing("first"))
        stack.enter_context(Failing("second"))
        stack.enter_context(Failing("third"))
        raise ValueError("body")


try:
    body_fails()
except LookupError as e:
    print(chain(e))

# The same with nothing raised in the block.
try:
    with ExitStack() as stack:
        stack.enter_context(Failing("a"))
        stack.enter_context(Failing("b"))
except LookupError as e:
    print(chain(e))

# Inside an except block: the exception being handled stays at the end of the chain.
try:
    raise KeyError("outer")
except KeyError:
    try:
        with ExitStack() as stack:
            stack.enter_context(Failing("x"))
            stack.enter_context(Failing("y"))
    except LookupError as e:
        print(chain(e))


# A chain that user code made circular does not hang the next raise.
a = RuntimeError("a")
b = RuntimeError("b")
a.__context__ = b
b.__context__ = a
try:
    try:
        raise a
    except RuntimeError:
        raise TypeError("while handling a")
except TypeError as e:
    print(chain(e))

try:
    try:
        raise a
    except RuntimeError:
        raise b
except RuntimeError as e:
    print(chain(e))
