# await works on coroutines, tasks and futures; a finished task or future can be awaited again
import asyncio

async def work(x):
    await asyncio.sleep(0.01)
    return x + 1

async def main():
    print("coroutine", await work(1))
    t = asyncio.create_task(work(10))
    print("task", await t)
    print("task again", await t)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.02, fut.set_result, "fut-value")
    print("future", await fut)
    print("future again", await fut)
    gf = asyncio.gather(work(100), work(200))
    print("gather future", await gf)

asyncio.run(main())
