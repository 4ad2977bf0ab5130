# the time spent before a timeout fires equals the timeout, measured with perf_counter
import asyncio
import time

async def main():
    start = time.perf_counter()
    try:
        async with asyncio.timeout(0.2):
            await asyncio.sleep(10)
    except TimeoutError:
        print(f"timeout after {time.perf_counter() - start:.1f}")
    start = time.perf_counter()
    try:
        await asyncio.wait_for(asyncio.sleep(10), 0.1)
    except TimeoutError:
        print(f"wait_for after {time.perf_counter() - start:.1f}")

asyncio.run(main())
