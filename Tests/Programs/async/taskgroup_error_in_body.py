# an exception in the async with body cancels the children and is wrapped in the ExceptionGroup
import asyncio

cancelled = []

async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        cancelled.append(name)  # TaskGroup cancels children in set order: sort before printing
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c1"))
            tg.create_task(child("c2"))
            await asyncio.sleep(0.01)
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print("cancelled:", sorted(cancelled))
        print(eg)
        print(eg.exceptions)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("c3"))
            raise KeyError("before any child ran")
    except ExceptionGroup as eg:
        print(eg, eg.exceptions)
        print("cancelled:", sorted(cancelled))

asyncio.run(main())
