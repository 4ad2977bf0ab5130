# gather accepts coroutines, tasks and futures together; the same coroutine twice runs once
import asyncio

async def work(x):
    print("work", x)
    await asyncio.sleep(0.01)
    return x * 10

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.02, fut.set_result, "F")
    task = asyncio.create_task(work(2))
    print(await asyncio.gather(work(1), task, fut))
    c = work(5)
    print(await asyncio.gather(c, c, work(6)))
    outer = asyncio.gather(work(7))
    print(isinstance(outer, asyncio.Future), await outer, outer.done())

asyncio.run(main())
