# cancelling a task blocked in asyncio.wait leaves the waited-on tasks running, unlike gather
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    print(name, "completed")
    return name

async def waiter(tasks):
    await asyncio.wait(tasks)

async def main():
    tasks = [asyncio.create_task(job("j1", 0.1)), asyncio.create_task(job("j2", 0.15))]
    w = asyncio.create_task(waiter(tasks))
    await asyncio.sleep(0.01)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("waiter cancelled; jobs cancelled:", [t.cancelled() for t in tasks])
    print(await asyncio.gather(*tasks))

asyncio.run(main())
