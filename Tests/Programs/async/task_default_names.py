# unnamed tasks are Task-N; asyncio.create_task(name=...) still consumes a number from the counter
import asyncio

async def noop():
    await asyncio.sleep(0)

async def main():
    print("main:", asyncio.current_task().get_name())
    a = asyncio.create_task(noop())
    b = asyncio.create_task(noop(), name="custom")
    c = asyncio.create_task(noop())
    print(a.get_name(), b.get_name(), c.get_name())
    await asyncio.gather(a, b, c)
    d = asyncio.ensure_future(noop())
    print(d.get_name())
    await d
    e = asyncio.get_running_loop().create_task(noop(), name="via-loop")
    f = asyncio.create_task(noop())
    print(e.get_name(), f.get_name())
    await asyncio.gather(e, f)

asyncio.run(main())
