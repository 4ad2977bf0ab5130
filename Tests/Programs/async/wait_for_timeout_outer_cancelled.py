# cancelling a task blocked in wait_for cancels the inner awaitable too and raises CancelledError
import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise

async def outer():
    try:
        await asyncio.wait_for(inner(), 0.5)
    except asyncio.CancelledError:
        print("outer got CancelledError, not TimeoutError")
        raise

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled:", t.cancelled())

asyncio.run(main())
