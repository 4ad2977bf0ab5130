# cancelling the future returned by gather cancels every child still running
import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    tasks = [asyncio.create_task(child("fast", 0.01)), asyncio.create_task(child("slow1", 0.05)),
             asyncio.create_task(child("slow2", 0.06))]
    g = asyncio.gather(*tasks)
    await asyncio.sleep(0.02)
    print("cancel gather:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather raised CancelledError")
    print([t.cancelled() for t in tasks], g.cancelled())

asyncio.run(main())
