# a task that catches CancelledError and keeps going finishes normally and is not cancelled()
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("caught cancel, carrying on")
    await asyncio.sleep(0.01)
    print("still running")
    return "finished"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print("cancel:", t.cancel())
    result = await t
    print("result:", result)
    print("cancelled:", t.cancelled(), "cancelling:", t.cancelling())

asyncio.run(main())
