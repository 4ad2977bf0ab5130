# a child failure cancels the body; swallowing that CancelledError still leaves the group to raise
import asyncio

async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("boom")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body swallowed CancelledError")
            print("body continues, cancelling:", asyncio.current_task().cancelling())
    except ExceptionGroup as eg:
        print("group raised", eg.exceptions)
    print("after group, cancelling:", asyncio.current_task().cancelling())
    await asyncio.sleep(0.01)
    print("main can still sleep")

asyncio.run(main())
