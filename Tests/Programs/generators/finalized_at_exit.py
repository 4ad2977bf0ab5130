# At exit, as CPython's shutdown does, generators that module variables still hold are closed
# (their finally blocks and __exit__ methods run), a coroutine never awaited is reported once,
# and an exception raised while a dropped generator closes is reported without its chain.
import sys


def resource(name):
    try:
        yield name
    finally:
        print("released", name)


class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("exit with", exc[0].__name__)


def managed():
    with Manager():
        yield "in with"


def fails_to_close():
    try:
        yield 1
    finally:
        raise KeyError("during close")


def drop():
    it = fails_to_close()
    next(it)


async def never_awaited():
    pass


held = resource("global")
next(held)
in_list = [resource("in a list")]
next(in_list[0])
m = managed()
print(next(m))
drop()
pending = never_awaited()
print("exiting")
sys.exit(2)
