# asyncio.to_thread and loop.run_in_executor: results, exceptions, keyword arguments, several at once
import asyncio, time
def blocking(n):
    if n < 0:
        raise ValueError("negative")
    return n * 2
async def main():
    print(await asyncio.to_thread(blocking, 21))
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, blocking, 5)
    print(type(fut).__name__, await fut)
    try:
        await asyncio.to_thread(blocking, -1)
    except ValueError as e:
        print("ValueError:", e)
    print(await asyncio.gather(asyncio.to_thread(blocking, 1), asyncio.to_thread(blocking, 2)))
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))
asyncio.run(main())
