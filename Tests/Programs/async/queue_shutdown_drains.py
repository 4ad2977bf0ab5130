# coil-only: Queue.shutdown() (Python 3.13): puts fail at once, gets drain what is left first
# (expected output is what Python 3.13 prints)
import asyncio

async def getter(name, q):
    try:
        while True:
            item = await q.get()
            print(name, "got", item)
            q.task_done()
    except asyncio.QueueShutDown:
        print(name, "QueueShutDown")

async def main():
    q = asyncio.Queue()
    print(issubclass(asyncio.QueueShutDown, Exception), asyncio.QueueShutDown.__module__)
    tasks = [asyncio.create_task(getter(n, q)) for n in ("g1", "g2")]
    await asyncio.sleep(0)
    q.put_nowait("a")
    await asyncio.sleep(0.01)
    q.shutdown()
    print(str(q))
    await asyncio.gather(*tasks)
    try:
        q.put_nowait("late")
    except asyncio.QueueShutDown as e:
        print("put_nowait:", repr(e))
    try:
        await q.put("late")
    except asyncio.QueueShutDown:
        print("put: QueueShutDown")
    # items put before the shutdown can still be got
    r = asyncio.Queue()
    r.put_nowait(1)
    r.put_nowait(2)
    r.shutdown()
    print(r.get_nowait(), await r.get())
    try:
        r.get_nowait()
    except asyncio.QueueShutDown:
        print("get_nowait on empty shut-down queue: QueueShutDown")
    r.task_done()
    r.task_done()
    await r.join()
    print("joined")

asyncio.run(main())
