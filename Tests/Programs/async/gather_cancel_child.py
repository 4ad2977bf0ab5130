# a gather child cancelled on its own makes the gather raise CancelledError, or yields one with return_exceptions
import asyncio

async def child(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    a = asyncio.create_task(child(0.01))
    b = asyncio.create_task(child(0.5))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0)
    b.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather: CancelledError; gather cancelled():", g.cancelled())
    print("a:", a.done(), "b cancelled:", b.cancelled())
    c = asyncio.create_task(child(0.01))
    d = asyncio.create_task(child(0.5))
    g2 = asyncio.gather(c, d, return_exceptions=True)
    await asyncio.sleep(0)
    d.cancel()
    results = await g2
    print([type(r).__name__ for r in results], results[0])

asyncio.run(main())
