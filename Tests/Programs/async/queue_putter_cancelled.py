# cancelled Queue.put waiters leave the queue unchanged; a woken then cancelled putter passes on
import asyncio

async def putter(name, q):
    try:
        await q.put(name)
        print(name, "put")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    q = asyncio.Queue(1)
    await q.put("first")
    tasks = [asyncio.create_task(putter(n, q)) for n in ("a", "b", "c")]
    await asyncio.sleep(0)
    print(str(q))
    tasks[2].cancel()
    await asyncio.sleep(0)
    print(str(q))
    print("got", q.get_nowait())   # wakes a...
    tasks[0].cancel()              # ...cancelled before it runs: b gets the slot
    await asyncio.gather(*tasks, return_exceptions=True)
    print(str(q))

asyncio.run(main())
