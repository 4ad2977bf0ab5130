# put on a full Queue blocks until a get frees a slot; blocked putters go in FIFO order
import asyncio

async def putter(name, q, delay):
    await asyncio.sleep(delay)
    print(name, "putting")
    await q.put(name)
    print(name, "put done")

async def main():
    q = asyncio.Queue(maxsize=1)
    q.put_nowait("seed")
    tasks = [
        asyncio.create_task(putter("p2", q, 0.02)),
        asyncio.create_task(putter("p1", q, 0.01)),
        asyncio.create_task(putter("p3", q, 0.03)),
    ]
    await asyncio.sleep(0.05)
    print(str(q))
    for _ in range(4):
        print("got", await q.get())
        await asyncio.sleep(0.01)
    await asyncio.gather(*tasks)
    print(str(q))

asyncio.run(main())
