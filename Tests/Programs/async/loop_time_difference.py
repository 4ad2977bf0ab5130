# loop.time() is monotonic and advances by about the slept duration
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.sleep(0.1)
    t1 = loop.time()
    await asyncio.sleep(0.05)
    t2 = loop.time()
    print(type(t0).__name__)
    print(t1 >= t0, t2 >= t1)
    print(round(t1 - t0, 2), round(t2 - t1, 2), round(t2 - t0, 2))
    fired = []
    loop.call_later(0.02, lambda: fired.append(round(loop.time() - t2, 2)))
    await asyncio.sleep(0.03)
    print(fired)

asyncio.run(main())
