# a failure in the outer group cancels a child that is itself waiting on an inner TaskGroup
import asyncio

cancelled = []

async def worker(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        cancelled.append(name)  # TaskGroup cancels children in set order: sort before printing
        raise

async def holder():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("inner-a"))
            tg.create_task(worker("inner-b"))
    except asyncio.CancelledError:
        print("holder got CancelledError, not ExceptionGroup; cancelled:", sorted(cancelled))
        raise

async def fail():
    await asyncio.sleep(0.01)
    raise OSError("outer failure")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            h = tg.create_task(holder())
            tg.create_task(fail())
    except ExceptionGroup as eg:
        print(eg, eg.exceptions)
    print("holder cancelled:", h.cancelled())

asyncio.run(main())
