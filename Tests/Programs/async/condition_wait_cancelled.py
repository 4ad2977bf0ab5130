# a Condition.wait cancelled while waiting takes the lock back before CancelledError leaves it
import asyncio

async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            print("cancelled; holding lock again:", cond.locked())
            raise

async def main():
    cond = asyncio.Condition()
    task = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    await cond.acquire()     # hold the lock so the waiter must queue for it
    text = repr(cond)
    print(text[text.index("["):])
    task.cancel()
    await asyncio.sleep(0.01)
    print("waiter done?", task.done())
    cond.release()
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled:", task.cancelled(), "lock free:", not cond.locked())
    # notified, then cancelled before running: still re-acquires and raises
    task = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
        task.cancel()
    results = await asyncio.gather(task, return_exceptions=True)
    print([type(r).__name__ for r in results], cond.locked())

asyncio.run(main())
