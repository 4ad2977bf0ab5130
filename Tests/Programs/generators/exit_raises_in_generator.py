# An exception leaving a generator through a with block whose __exit__ raises: the traceback
# shows both, chained.

class Exit:
    def __enter__(self): return 1
    def __exit__(self, *a):
        return 1 / 0

def g():
    with Exit() as v:
        yield v
    yield 2

list(g())
