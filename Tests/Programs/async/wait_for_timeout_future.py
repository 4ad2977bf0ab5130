# wait_for on a bare Future that is never set times out and leaves the Future cancelled
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    try:
        await asyncio.wait_for(fut, 0.01)
    except TimeoutError:
        print("TimeoutError; future cancelled:", fut.cancelled())
    fut2 = loop.create_future()
    loop.call_later(0.01, fut2.set_result, "set in time")
    print(await asyncio.wait_for(fut2, 0.05))

asyncio.run(main())
