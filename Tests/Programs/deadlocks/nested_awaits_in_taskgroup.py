# coil-only: a deadlock deep in nested awaits inside a TaskGroup; the report shows every frame
import asyncio

async def take(lock, name):
    async with lock:
        print(name, "has the lock")
        await asyncio.sleep(0.5)
        await take(lock, name + "-again")

async def main():
    lock = asyncio.Lock()
    async with asyncio.TaskGroup() as group:
        group.create_task(take(lock, "first"), name="first")
        group.create_task(take(lock, "second"), name="second")

asyncio.run(main())
