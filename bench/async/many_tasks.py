# 100,000 tasks created at once, each yielding to the loop twice, then gathered.
import asyncio


async def worker(i):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return i % 10


async def main():
    tasks = [asyncio.create_task(worker(i)) for i in range(100_000)]
    results = await asyncio.gather(*tasks)
    print("sum:", sum(results))


asyncio.run(main())
