# timeout_at takes an absolute loop.time() deadline; a past deadline fires at the first await
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    try:
        async with asyncio.timeout_at(start + 0.2) as cm:
            print("when offset:", round(cm.when() - start, 2))
            await asyncio.sleep(0.1)
            print("first sleep ok")
            await asyncio.sleep(1)
    except TimeoutError:
        print(f"timed out at {loop.time() - start:.1f}")
    try:
        async with asyncio.timeout_at(loop.time() - 1):
            print("body starts even though the deadline passed")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("past deadline: TimeoutError")

asyncio.run(main())
