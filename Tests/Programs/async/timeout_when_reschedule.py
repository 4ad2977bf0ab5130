# when() reports the deadline; reschedule() moves it later, to None, and back to a deadline
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout(0.05) as cm:
            print("when:", round(cm.when() - start, 2))
            cm.reschedule(loop.time() + 0.2)
            print("rescheduled:", round(cm.when() - start, 2))
            await asyncio.sleep(0.1)
            print("survived past the original deadline")
            cm.reschedule(None)
            print("when now:", cm.when())
            await asyncio.sleep(0.1)
            print("survived with no deadline")
            cm.reschedule(loop.time() + 0.1)
            await asyncio.sleep(1)
    except TimeoutError:
        print(f"TimeoutError after {loop.time() - start:.1f} expired: {cm.expired()}")

asyncio.run(main())
