# with as_completed, a failed awaitable raises when its turn comes and iteration can continue
import asyncio

async def ok(x, d):
    await asyncio.sleep(d)
    return x

async def bad(d):
    await asyncio.sleep(d)
    raise ValueError("failed at %s" % d)

async def main():
    for fut in asyncio.as_completed([ok("a", 0.03), bad(0.02), ok("b", 0.01)]):
        try:
            print("got", await fut)
        except ValueError as e:
            print("error", e)

asyncio.run(main())
