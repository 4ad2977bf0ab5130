# A chain of directly awaited coroutines: no tasks, just coroutine calls and returns.
import asyncio


async def chain(n):
    if n == 0:
        return 0
    return await chain(n - 1) + 1


async def add(a, b):
    return a + b


async def main():
    total = 0
    for i in range(20000):
        total += await chain(40)
        total = await add(total, i % 7)
    print("total:", total)


asyncio.run(main())
