# cancel(msg) delivers msg in the CancelledError args inside the task and to whoever awaits it
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("inside:", repr(e), e.args, str(e))
        raise

async def plain():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("no message:", repr(e), e.args, repr(str(e)))
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("outside:", e.args)
    u = asyncio.create_task(plain())
    await asyncio.sleep(0)
    u.cancel()
    try:
        await u
    except asyncio.CancelledError as e:
        print("outside:", e.args)

asyncio.run(main())
