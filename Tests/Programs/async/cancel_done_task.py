# cancel() on a task that already finished, failed or was cancelled returns False and changes nothing
import asyncio

async def ok():
    return "value"

async def bad():
    raise KeyError("k")

async def slow():
    await asyncio.sleep(1)

async def main():
    a = asyncio.create_task(ok())
    b = asyncio.create_task(bad())
    c = asyncio.create_task(slow())
    await asyncio.sleep(0)
    c.cancel()
    await asyncio.sleep(0)
    for t in (a, b, c):
        print(t.done(), t.cancel(), t.cancelled(), t.cancelling())
    print(a.result())
    print(repr(b.exception()))

asyncio.run(main())
