# cancelling the parent while the TaskGroup waits in __aexit__ cancels the children; the body had finished
import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "done")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def runner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child("short", 0.01))
        tg.create_task(child("long", 0.5))
        print("body finished")
    print("not reached")

async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.06)
    print("cancel:", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("runner cancelled:", t.cancelled(), t.cancelling())

asyncio.run(main())
