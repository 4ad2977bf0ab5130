# cancelling the future returned by shield() leaves the inner task running
import asyncio

async def inner():
    await asyncio.sleep(0.02)
    print("inner finished")
    return 42

async def main():
    it = asyncio.create_task(inner())
    outer = asyncio.shield(it)
    await asyncio.sleep(0.01)
    print("cancel outer:", outer.cancel())
    print("outer cancelled:", outer.cancelled(), "inner done:", it.done())
    print("inner result:", await it)
    print("outer still cancelled:", outer.cancelled())

asyncio.run(main())
