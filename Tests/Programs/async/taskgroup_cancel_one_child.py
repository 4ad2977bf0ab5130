# cancelling one TaskGroup child directly does not fail the group; the others finish normally
import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(child("a", 0.01))
        b = tg.create_task(child("b", 0.5))
        c = tg.create_task(child("c", 0.02))
        await asyncio.sleep(0)
        b.cancel()
    print("group exited normally")
    print(a.result(), b.cancelled(), c.result())

asyncio.run(main())
