# async generators: async for, anext/aiter, asend, athrow, aclose, StopAsyncIteration
import asyncio

async def countdown(n):
    while n > 0:
        await asyncio.sleep(0.1)
        yield n
        n -= 1

async def echo():
    received = None
    try:
        while True:
            received = yield f"echo {received}"
    except ValueError as e:
        yield f"caught {e!r}"
    finally:
        print("echo closing")

async def main():
    async for n in countdown(3):
        print("countdown", n)
    it = aiter(countdown(2))
    print(await anext(it), await anext(it), await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration as e:
        print("StopAsyncIteration", repr(e))
    e = echo()
    print(await e.asend(None))
    print(await e.asend("hello"))
    print(await e.asend(42))
    print(await e.athrow(ValueError("bad")))
    await e.aclose()
    print(await anext(e, "closed"))
    g = countdown(5)
    print(type(g).__name__, g.__name__, g.__qualname__, g.ag_running)
    print(type(g.__anext__()).__name__, type(g.aclose()).__name__, type(anext(g, 0)).__name__)
    await g.aclose()
    try:
        await e.asend("late")
    except StopAsyncIteration:
        print("asend after close: StopAsyncIteration")
    try:
        aiter(5)
    except TypeError as exc:
        print(exc)
    try:
        anext([])
    except TypeError as exc:
        print(exc)
    fresh = echo()
    try:
        await fresh.asend("x")
    except TypeError as exc:
        print(exc)
    await fresh.aclose()

asyncio.run(main())
