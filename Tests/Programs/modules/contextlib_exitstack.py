# ExitStack in depth: pop_all, push of __exit__ methods and plain callables, suppression, errors
from contextlib import ExitStack, contextmanager, suppress

class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress

def open_all(names):
    with ExitStack() as stack:
        entered = [stack.enter_context(Manager(n)) for n in names]
        # Keep them open past the with block.
        return entered, stack.pop_all()

entered, later = open_all(["a", "b"])
print("still open:", entered)
later.close()

with ExitStack() as stack:
    stack.push(Manager("pushed", suppress=True))
    def log_exit(exc_type, exc, tb):
        print("plain exit callback sees", exc_type.__name__ if exc_type else None)
    stack.push(log_exit)
    raise ValueError("suppressed by the pushed manager")
print("after suppression")

try:
    with ExitStack() as stack:
        stack.enter_context(Manager("outer"))
        stack.callback(print, "callback with", "arguments", sep="|")
        raise KeyError("k")
except KeyError as e:
    print("KeyError reached the caller:", e)

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print("TypeError:", e)

def failing_exit(*args):
    raise RuntimeError("exit failed")

try:
    with ExitStack() as stack:
        stack.push(failing_exit)
        stack.enter_context(Manager("inner"))
        raise IndexError("original")
except RuntimeError as e:
    print("RuntimeError:", e, "| context:", repr(e.__context__))

with suppress():
    print("suppress() with nothing to suppress")
try:
    with suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError passed through:", e)

@contextmanager
def stop_in_block():
    yield

try:
    with stop_in_block():
        raise StopIteration("from the block")
except StopIteration as e:
    print("StopIteration passed through:", e)

stack = ExitStack()
stack.callback(print, "closed by close()")
stack.close()
stack.close()
print("done")
