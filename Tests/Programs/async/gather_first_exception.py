# without return_exceptions, gather raises the first exception and the other awaitables keep running
import asyncio

async def ok(name, d):
    await asyncio.sleep(d)
    print(name, "completed")
    return name

async def bad(d):
    await asyncio.sleep(d)
    raise KeyError("first")

async def main():
    t = asyncio.create_task(ok("slow", 0.03))
    try:
        await asyncio.gather(ok("fast", 0.01), bad(0.02), t)
    except KeyError as e:
        print("gather raised", repr(e))
    print("slow task done?", t.done())
    await asyncio.sleep(0.02)
    print("slow task done?", t.done(), t.result())

asyncio.run(main())
