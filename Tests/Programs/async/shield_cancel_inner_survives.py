# cancelling a task awaiting shield(inner) cancels the waiter but the inner task runs to completion
import asyncio

async def inner():
    print("inner start")
    await asyncio.sleep(0.1)
    print("inner end")
    return "inner result"

async def waiter(t):
    try:
        return await asyncio.shield(t)
    except asyncio.CancelledError:
        print("waiter cancelled")
        raise

async def main():
    it = asyncio.create_task(inner())
    w = asyncio.create_task(waiter(it))
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("w cancelled:", w.cancelled(), "inner done:", it.done())
    print("inner:", await it, it.cancelled())

asyncio.run(main())
