# cancelling a task that awaits another task cancels the awaited task too
import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("inner cancelled", e.args)
        raise

async def outer(child):
    try:
        await child
    except asyncio.CancelledError as e:
        print("outer cancelled", e.args)
        raise

async def main():
    child = asyncio.create_task(inner())
    parent = asyncio.create_task(outer(child))
    await asyncio.sleep(0.01)
    print("cancel parent:", parent.cancel("from main"))
    try:
        await parent
    except asyncio.CancelledError:
        print("parent done")
    print("child cancelled:", child.cancelled(), "parent cancelled:", parent.cancelled())

asyncio.run(main())
