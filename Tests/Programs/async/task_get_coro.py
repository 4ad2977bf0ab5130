# Task.get_coro returns the very coroutine object the task wraps
import asyncio

async def work(n):
    await asyncio.sleep(0)
    return n

async def main():
    c = work(5)
    t = asyncio.create_task(c)
    print(t.get_coro() is c)
    print(type(t.get_coro()).__name__, t.get_coro().__qualname__)
    print(await t)
    print(t.get_coro() is c)
    print(asyncio.current_task().get_coro().__name__)

asyncio.run(main())
