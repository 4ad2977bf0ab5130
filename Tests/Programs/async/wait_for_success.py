# wait_for returns the awaitable's result when it finishes within the timeout (or timeout=None)
import asyncio

async def work(x, d):
    await asyncio.sleep(d)
    return x

async def main():
    print(await asyncio.wait_for(work("quick", 0.01), timeout=0.5))
    print(await asyncio.wait_for(work("no timeout", 0.02), timeout=None))
    t = asyncio.create_task(work("task", 0.01))
    print(await asyncio.wait_for(t, 1), t.done())
    fut = asyncio.get_running_loop().create_future()
    fut.set_result("ready")
    print(await asyncio.wait_for(fut, 0.1))

asyncio.run(main())
