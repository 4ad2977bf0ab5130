# PriorityQueue hands out the smallest entry first; tuples compare item by item
import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for entry in [(3, "low"), (1, "urgent"), (2, "b-normal"), (2, "a-normal"), (5, "later"), (1, "also urgent")]:
        await pq.put(entry)
    print(str(pq))
    while not pq.empty():
        print(await pq.get())
    for n in [5, 1, 4, 1, 5, 9, 2, 6]:
        pq.put_nowait(n)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    pq.put_nowait((1, "a"))
    try:
        pq.put_nowait((1, None))
    except TypeError as e:
        print("TypeError:", e)
    print(isinstance(pq, asyncio.Queue), type(pq).__name__)

asyncio.run(main())
