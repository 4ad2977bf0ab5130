# 10 producers and 10 consumers pass 300,000 items through a bounded Queue(100), with join/task_done.
import asyncio

ITEMS_PER_PRODUCER = 30_000


async def producer(queue, base):
    for i in range(ITEMS_PER_PRODUCER):
        await queue.put(base + i)


async def consumer(queue, totals, index):
    while True:
        item = await queue.get()
        totals[index] += item % 7
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=100)
    totals = [0] * 10
    consumers = [asyncio.create_task(consumer(queue, totals, i)) for i in range(10)]
    await asyncio.gather(*(producer(queue, p * ITEMS_PER_PRODUCER) for p in range(10)))
    await queue.join()
    for c in consumers:
        c.cancel()
    await asyncio.gather(*consumers, return_exceptions=True)
    print("checksum:", sum(totals), "left:", queue.qsize())


asyncio.run(main())
