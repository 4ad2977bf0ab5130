# producers and consumers share a bounded Queue; join returns once task_done matched every put
import asyncio

async def producer(name, queue, count):
    for i in range(count):
        await queue.put(f"{name}{i}")
        print("put", f"{name}{i}", "size", queue.qsize())
        await asyncio.sleep(0)

async def consumer(name, queue, done, turns):
    while True:
        item = await queue.get()
        for _ in range(turns):
            await asyncio.sleep(0)
        done.append((name, item))
        queue.task_done()

async def main():
    queue = asyncio.Queue(maxsize=2)
    done = []
    consumers = [
        asyncio.create_task(consumer("C1", queue, done, 3)),
        asyncio.create_task(consumer("C2", queue, done, 1)),
    ]
    await asyncio.gather(producer("a", queue, 4), producer("b", queue, 3))
    print("producers finished; items left:", queue.qsize())
    await queue.join()
    print("joined; empty:", queue.empty())
    for name, item in done:
        print(name, item)
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    await queue.join()
    print("second join returns at once")

asyncio.run(main())
