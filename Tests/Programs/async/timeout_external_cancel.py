# an outside cancel() of a task inside an unexpired timeout block stays CancelledError, not TimeoutError
import asyncio

async def worker():
    try:
        async with asyncio.timeout(0.5) as cm:
            await asyncio.sleep(1)
    except TimeoutError:
        print("wrong: TimeoutError")
    except asyncio.CancelledError:
        print("CancelledError; timeout expired:", cm.expired())
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("worker cancelled:", t.cancelled())

asyncio.run(main())
