# cancelling a task blocked in Lock.acquire removes its waiter; the rest keep FIFO order
import asyncio

async def taker(name, lock):
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise
    print(name, "acquired")
    await asyncio.sleep(0.01)
    lock.release()

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    tasks = [asyncio.create_task(taker(n, lock)) for n in "pqrs"]
    await asyncio.sleep(0)
    text = repr(lock)
    print(text[text.index("["):])
    tasks[0].cancel()
    tasks[2].cancel()
    await asyncio.sleep(0)
    text = repr(lock)
    print(text[text.index("["):])
    lock.release()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in results])
    # every waiter cancelled: the next acquire does not wait
    print(await asyncio.wait_for(lock.acquire(), 1))

asyncio.run(main())
