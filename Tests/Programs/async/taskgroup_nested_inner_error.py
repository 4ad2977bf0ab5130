# an error inside a nested TaskGroup reaches the outer group as a nested ExceptionGroup
import asyncio

async def fail(msg, delay):
    await asyncio.sleep(delay)
    raise ValueError(msg)

async def worker(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def inner_group():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker("inner worker"))
        tg.create_task(fail("inner", 0.01))

async def main():
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(worker("outer worker"))
            outer.create_task(inner_group())
    except ExceptionGroup as eg:
        print(eg)
        inner = eg.exceptions[0]
        print(type(inner).__name__, inner)
        print(inner.exceptions)

asyncio.run(main())
