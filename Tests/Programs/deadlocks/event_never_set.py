# coil-only: waiters of an Event nobody sets
import asyncio

async def waiter(event, n):
    print("waiter", n, "waiting")
    await event.wait()

async def main():
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, n), name=f"waiter-{n}") for n in range(2)]
    await asyncio.wait(tasks)

asyncio.run(main())
