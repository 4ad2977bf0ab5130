# return_exceptions=True collects exceptions as results, in argument order
import asyncio

async def ok(v, delay):
    await asyncio.sleep(delay)
    return v

async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc

async def main():
    results = await asyncio.gather(
        fail(KeyError("k"), 0.02), ok(1, 0.03), fail(ZeroDivisionError("z"), 0.01), ok(2, 0),
        return_exceptions=True)
    for r in results:
        print(type(r).__name__, repr(r))
    print(isinstance(results, list), len(results))
    print(await asyncio.gather(return_exceptions=True))

asyncio.run(main())
