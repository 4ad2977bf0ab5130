# cancel() after the awaited future completed but before the task resumed still raises CancelledError
import asyncio

async def worker(fut):
    try:
        value = await fut
        print("got", value)
    except asyncio.CancelledError:
        print("cancelled even though the future has a result:", fut.result())
        raise

async def main():
    fut = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(worker(fut))
    await asyncio.sleep(0)
    fut.set_result(1)
    print("cancel:", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())

asyncio.run(main())
