# a timeout around a TaskGroup cancels the body and all children and surfaces as TimeoutError
import asyncio

cancelled = []

async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        cancelled.append(name)
        raise

async def main():
    try:
        async with asyncio.timeout(0.02) as cm:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child("a"))
                tg.create_task(child("b"))
                print("body done, waiting for children")
    except TimeoutError as e:
        print("TimeoutError", repr(e), "expired:", cm.expired())
    except BaseException as e:
        print("other", type(e).__name__)
    print("cancelled children:", sorted(cancelled))
    print("cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
