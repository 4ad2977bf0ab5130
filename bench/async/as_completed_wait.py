# as_completed and wait over many tasks that finish at staggered times.
import asyncio


async def job(i):
    for _ in range(i % 5):
        await asyncio.sleep(0)
    return i


async def main():
    total = 0
    for _ in range(5):
        tasks = [asyncio.create_task(job(i)) for i in range(5000)]
        for next_done in asyncio.as_completed(tasks):
            total += await next_done
    for _ in range(5):
        pending = {asyncio.create_task(job(i)) for i in range(5000)}
        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            total += sum(t.result() for t in done)
    print("total:", total)


asyncio.run(main())
