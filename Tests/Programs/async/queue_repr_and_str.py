# str(queue) shows maxsize, items, blocked getters/putters and unfinished tasks; repr adds the id
import asyncio

async def main():
    q = asyncio.Queue()
    print(str(q))
    print(repr(q) == f"<Queue at {id(q):#x} maxsize=0>")
    g = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait(1)
    print(str(q))
    await g
    print(str(q), q.qsize())
    q.task_done()
    print(str(q))
    b = asyncio.Queue(maxsize=1)
    b.put_nowait([1, "two"])
    p = asyncio.create_task(b.put(3))
    await asyncio.sleep(0)
    print(str(b))
    print(f"{b}")
    p.cancel()
    await asyncio.gather(p, return_exceptions=True)
    print(str(b), b.maxsize)
    print(str(asyncio.LifoQueue(maxsize=2)), str(asyncio.PriorityQueue(3)))

asyncio.run(main())
