# gather(return_exceptions=True) puts exceptions in the result list instead of raising
import asyncio

async def ok(x, d):
    await asyncio.sleep(d)
    return x

async def bad(msg, d):
    await asyncio.sleep(d)
    raise ValueError(msg)

async def main():
    res = await asyncio.gather(ok(1, 0.02), bad("e1", 0.01), ok(3, 0.03), bad("e2", 0.01),
                               return_exceptions=True)
    for r in res:
        print(type(r).__name__, repr(r))
    print(isinstance(res[1], ValueError), str(res[3]))

asyncio.run(main())
