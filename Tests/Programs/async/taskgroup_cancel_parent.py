# cancelling the task that runs a TaskGroup cancels its children and re-raises plain CancelledError
import asyncio

cancelled = []

async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        cancelled.append(name)  # TaskGroup cancels children in set order: sort before printing
        raise

async def runner():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("a"))
            tg.create_task(child("b"))
    except BaseException as e:
        print("children cancelled:", sorted(cancelled))
        print("runner got", type(e).__name__)
        raise

async def main():
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())

asyncio.run(main())
