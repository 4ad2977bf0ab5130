# cancelling a task blocked on a Future cancels that Future; cancelling the Future cancels the waiting task's await
import asyncio

async def waiter(fut, name):
    try:
        await fut
    except asyncio.CancelledError as e:
        print(name, "got CancelledError", e.args)
        raise

async def main():
    loop = asyncio.get_running_loop()
    f1 = loop.create_future()
    t1 = asyncio.create_task(waiter(f1, "t1"))
    await asyncio.sleep(0)
    t1.cancel("via task")
    await asyncio.sleep(0)
    print("f1 cancelled:", f1.cancelled())
    f2 = loop.create_future()
    t2 = asyncio.create_task(waiter(f2, "t2"))
    await asyncio.sleep(0)
    f2.cancel("via future")
    for t in (t1, t2):
        try:
            await t
        except asyncio.CancelledError:
            print("task cancelled:", t.cancelled())

asyncio.run(main())
