# a timeout that fires while the task waits on a Future cancels that Future too
import asyncio

async def main():
    fut = asyncio.get_running_loop().create_future()
    try:
        async with asyncio.timeout(0.01):
            await fut
    except TimeoutError:
        print("TimeoutError; future cancelled:", fut.cancelled())

asyncio.run(main())
