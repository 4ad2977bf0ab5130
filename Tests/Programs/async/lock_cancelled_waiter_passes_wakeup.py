# a Lock waiter cancelled after it was woken passes the lock on to the next waiter
import asyncio

async def taker(name, lock, log):
    try:
        async with lock:
            log.append(name)
            print(name, "acquired")
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print(name, "cancelled; lock locked:", lock.locked())
        raise

async def main():
    lock = asyncio.Lock()
    log = []
    await lock.acquire()
    b = asyncio.create_task(taker("b", lock, log))
    c = asyncio.create_task(taker("c", lock, log))
    d = asyncio.create_task(taker("d", lock, log))
    await asyncio.sleep(0)
    lock.release()           # wakes b's future...
    b.cancel()               # ...but b is cancelled before it runs
    await asyncio.gather(b, c, d, return_exceptions=True)
    print(log, b.cancelled(), lock.locked())

asyncio.run(main())
