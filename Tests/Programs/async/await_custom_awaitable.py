# await on a user object whose __await__ delegates to a coroutine or future
import asyncio

class Delayed:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(0.01).__await__()
        return self.value * 2

class FromFuture:
    def __await__(self):
        fut = asyncio.get_running_loop().create_future()
        asyncio.get_running_loop().call_later(0.01, fut.set_result, "future-done")
        result = yield from fut
        return "wrapped " + result

async def main():
    print(await Delayed(21))
    print(await FromFuture())
    print(await asyncio.gather(Delayed(1), Delayed(2)))
    t = asyncio.ensure_future(Delayed(5))
    print(type(t).__name__, await t)

asyncio.run(main())
