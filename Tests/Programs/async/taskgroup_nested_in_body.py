# a nested TaskGroup in the outer group's body: the inner failure cancels the outer's children too
import asyncio

async def worker(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "done")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def fail():
    await asyncio.sleep(0.02)
    raise KeyError("deep")

async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(worker("outer-fast", 0.01))
            outer.create_task(worker("outer-slow", 0.5))
            async with asyncio.TaskGroup() as inner:
                inner.create_task(worker("inner-slow", 0.5))
                inner.create_task(fail())
            print("not reached")
    except* KeyError as eg:
        print("outer caught:", repr(eg))

asyncio.run(main())
