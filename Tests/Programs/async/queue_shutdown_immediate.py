# coil-only: Queue.shutdown(immediate=True) (Python 3.13) drops items, wakes putters and join
# (expected output is what Python 3.13 prints)
import asyncio

async def putter(name, q):
    try:
        await q.put(name)
        print(name, "put")
    except asyncio.QueueShutDown:
        print(name, "QueueShutDown")

async def joiner(q):
    await q.join()
    print("join returned")

async def main():
    q = asyncio.Queue(maxsize=2)
    q.put_nowait("x")
    q.put_nowait("y")
    tasks = [asyncio.create_task(putter(n, q)) for n in ("p1", "p2")]
    tasks.append(asyncio.create_task(joiner(q)))
    await asyncio.sleep(0.01)
    print(str(q))
    q.shutdown(immediate=True)
    print(str(q), q.qsize())
    await asyncio.gather(*tasks)
    try:
        await q.get()
    except asyncio.QueueShutDown:
        print("get: QueueShutDown")
    pq = asyncio.PriorityQueue()
    pq.put_nowait(2)
    pq.put_nowait(1)
    pq.get_nowait()
    pq.shutdown(True)
    print(str(pq))
    try:
        pq.task_done()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
