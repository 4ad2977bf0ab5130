# a Future moves from pending to finished with set_result; repr shows its state
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.done(), f.cancelled())
    f.set_result([1, 2])
    print(repr(f), f.done(), f.cancelled())
    print(f.result(), f.exception())
    print(await f)
    g = loop.create_future()
    g.set_exception(ValueError("bad"))
    print(repr(g), repr(g.exception()))
    h = loop.create_future()
    h.set_result(None)
    print(repr(h))
    c = loop.create_future()
    c.cancel()
    print(repr(c), c.cancelled())

asyncio.run(main())
