# done callbacks of a cancelled task run after it finishes, in registration order, seeing cancelled()
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    finally:
        print("worker finally")

async def main():
    t = asyncio.create_task(worker())
    t.add_done_callback(lambda f: print("cb1 cancelled:", f.cancelled()))
    t.add_done_callback(lambda f: print("cb2 done:", f.done()))
    await asyncio.sleep(0)
    t.cancel()
    print("cancel requested")
    await asyncio.sleep(0)
    print("after one step")
    await asyncio.sleep(0)
    print("after two steps")

asyncio.run(main())
