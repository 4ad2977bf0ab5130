# cancelled Queue.get waiters are removed; a getter woken then cancelled passes the item on
import asyncio

async def getter(name, q):
    try:
        item = await q.get()
        print(name, "got", item)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    q = asyncio.Queue()
    tasks = [asyncio.create_task(getter(n, q)) for n in ("g1", "g2", "g3")]
    await asyncio.sleep(0)
    print(str(q))
    tasks[1].cancel()
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait("item-1")   # wakes g1...
    tasks[0].cancel()        # ...cancelled before it runs: g3 gets the item
    await asyncio.gather(*tasks, return_exceptions=True)
    print(str(q))
    try:
        await asyncio.wait_for(q.get(), timeout=0.01)
    except TimeoutError:
        print("timed out; getters left:", str(q))

asyncio.run(main())
