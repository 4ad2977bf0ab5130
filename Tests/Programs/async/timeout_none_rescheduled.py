# timeout(None) never fires until reschedule() gives it a deadline
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(None) as cm:
            print("when:", cm.when())
            await asyncio.sleep(0.02)
            print("slept without a deadline")
            cm.reschedule(loop.time() + 0.01)
            print("has deadline:", cm.when() is not None)
            await asyncio.sleep(0.5)
            print("not reached")
    except TimeoutError:
        print("timed out, expired:", cm.expired())

asyncio.run(main())
