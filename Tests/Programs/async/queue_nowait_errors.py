# get_nowait on an empty Queue raises QueueEmpty, put_nowait on a full one QueueFull
import asyncio

async def main():
    q = asyncio.Queue(1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e), str(e) == "", type(e).__module__)
    q.put_nowait("x")
    print("full:", q.full(), "empty:", q.empty(), "qsize:", q.qsize())
    try:
        q.put_nowait("y")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e), type(e).__module__)
    print(issubclass(asyncio.QueueEmpty, Exception), issubclass(asyncio.QueueFull, Exception))
    print(q.get_nowait())
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
    unbounded = asyncio.Queue()
    for i in range(1000):
        unbounded.put_nowait(i)
    print("unbounded full?", unbounded.full(), unbounded.maxsize, unbounded.qsize())
    print(asyncio.Queue(-3).full(), asyncio.Queue(0).maxsize)
    try:
        q.put_nowait()
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
