# a task swallowing one cancellation can be cancelled again later, and cancelling() keeps counting
import asyncio

async def worker():
    me = asyncio.current_task()
    for round in range(2):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowed round", round, "cancelling", me.cancelling())
    await asyncio.sleep(1)

async def main():
    t = asyncio.create_task(worker())
    for i in range(3):
        await asyncio.sleep(0.01)
        print("cancel", i, t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("finally cancelled:", t.cancelled(), t.cancelling())

asyncio.run(main())
