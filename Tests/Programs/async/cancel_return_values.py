# Task.cancel() returns True while the task is pending (even twice) and False once it is done
import asyncio

async def worker():
    await asyncio.sleep(1)

async def quick():
    return 5

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print("first cancel:", t.cancel())
    print("second cancel:", t.cancel())
    print("cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError:
        print("awaited: CancelledError")
    print("after done:", t.cancel(), t.cancelled(), t.done())
    q = asyncio.create_task(quick())
    await q
    print("done task cancel:", q.cancel(), q.cancelled(), q.result())
    f = asyncio.get_running_loop().create_future()
    print("future cancel:", f.cancel(), "again:", f.cancel(), f.cancelled())

asyncio.run(main())
