# contextlib: contextmanager, asynccontextmanager, suppress, nullcontext, closing, ExitStack, AsyncExitStack
import asyncio
from contextlib import contextmanager, asynccontextmanager, suppress, nullcontext, ExitStack, AsyncExitStack, closing

@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("b") as t:
    print("inside", t)

with suppress(KeyError, IndexError):
    {}["x"]
print("suppressed")

@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print("swallowed", e)

with swallow():
    raise ValueError("oops")
print("after swallow")

try:
    with tag("i"):
        raise TypeError("bad")
except TypeError as e:
    print("propagated", e)

@tag("deco")
def decorated(x):
    print("decorated body", x)
    return x * 2
print(decorated(21))

with nullcontext(5) as n:
    print("null", n)

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    names = [stack.enter_context(tag(f"s{i}")) for i in range(2)]
    print(names)

class Resource:
    def close(self):
        print("closed resource")
with closing(Resource()):
    print("using resource")

@asynccontextmanager
async def connection(name):
    await asyncio.sleep(0.1)
    print("open", name)
    try:
        yield f"conn-{name}"
    finally:
        await asyncio.sleep(0.1)
        print("close", name)

async def main():
    async with connection("db") as c:
        print("using", c)
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(connection(n)) for n in "ab"]
        stack.push_async_callback(asyncio.sleep, 0)
        print(conns)
    try:
        async with connection("err"):
            raise RuntimeError("inside async with")
    except RuntimeError as e:
        print("caught", e)
    async with nullcontext("anull") as v:
        print(v)

asyncio.run(main())

@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    with ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        raise KeyError("first")
except ZeroDivisionError as e:
    print("ZeroDivisionError", repr(e.__context__))
print(repr(tag("x")).startswith("<contextlib._GeneratorContextManager object at 0x"))
print(type(tag("x")).__name__)
