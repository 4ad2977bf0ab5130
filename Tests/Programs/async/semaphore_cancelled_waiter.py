# a Semaphore waiter cancelled after being woken gives its slot to the next waiter
import asyncio

async def taker(name, sem, log):
    try:
        async with sem:
            log.append(name)
            print(name, "in")
            await asyncio.sleep(0.01)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    sem = asyncio.Semaphore(1)
    log = []
    await sem.acquire()
    tasks = [asyncio.create_task(taker(n, sem, log)) for n in "abcd"]
    await asyncio.sleep(0)
    tasks[2].cancel()        # c waits: it just leaves
    await asyncio.sleep(0)
    sem.release()            # wakes a...
    tasks[0].cancel()        # ...cancelled before it runs: b gets the slot
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(log, [type(r).__name__ for r in results])
    text = repr(sem)
    print(text[text.index("["):])

asyncio.run(main())
