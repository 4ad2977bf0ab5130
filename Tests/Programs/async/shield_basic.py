# shield passes through the result or exception of the inner awaitable
import asyncio

async def work(x):
    await asyncio.sleep(0.01)
    return x

async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("inner")

async def main():
    print(await asyncio.shield(work("shielded")))
    t = asyncio.create_task(work("task"))
    s = asyncio.shield(t)
    print(type(s).__name__, s is t)
    print(await s)
    print(asyncio.shield(t) is t)
    try:
        await asyncio.shield(fail())
    except ValueError as e:
        print("ValueError", e)

asyncio.run(main())
