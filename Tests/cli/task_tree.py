# Tests/cli/run sends SIGQUIT while these tasks wait, and checks the tree on standard error.
import asyncio

async def leaf(delay):
    await asyncio.sleep(delay)

async def worker(lock, delay):
    async with lock:
        await leaf(delay)

async def main():
    lock = asyncio.Lock()
    async with asyncio.TaskGroup() as group:
        group.create_task(worker(lock, 1.5), name="holder")
        group.create_task(worker(lock, 0.1), name="blocked")
        await asyncio.gather(leaf(1.2), asyncio.create_task(leaf(1.4), name="gathered"))
    print("all done")

asyncio.run(main())
