# set_exception: awaiting raises it, a class is instantiated, StopIteration is rejected
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    err = RuntimeError("boom")
    f.set_exception(err)
    try:
        await f
    except RuntimeError as e:
        print("raised", repr(e), e is err)
    g = loop.create_future()
    g.set_exception(ZeroDivisionError)
    print(repr(g.exception()))
    h = loop.create_future()
    try:
        h.set_exception(StopIteration("s"))
    except TypeError as e:
        print("TypeError:", e)
    print(h.done())
    h.cancel()

asyncio.run(main())
