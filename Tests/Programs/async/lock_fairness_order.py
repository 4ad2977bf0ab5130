# Lock hands itself to waiters in FIFO order; async with releases it even on error
import asyncio

async def worker(name, lock, delay, log):
    await asyncio.sleep(delay)
    async with lock:
        log.append(name)
        print(name, "has the lock")
        await asyncio.sleep(0.001)
        if name == "d":
            raise ValueError("boom in d")

async def main():
    lock = asyncio.Lock()
    log = []
    tasks = [
        asyncio.create_task(worker("a", lock, 0.0, log)),
        asyncio.create_task(worker("d", lock, 0.03, log)),
        asyncio.create_task(worker("b", lock, 0.01, log)),
        asyncio.create_task(worker("c", lock, 0.02, log)),
        asyncio.create_task(worker("e", lock, 0.04, log)),
    ]
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(log)
    print([repr(r) for r in results])
    print("locked at end:", lock.locked())

asyncio.run(main())
