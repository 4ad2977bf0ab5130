# concurrent sleeps overlap: gathering 0.1, 0.2 and 0.3 s sleeps takes about 0.3 s in total
import asyncio
import time

async def nap(d):
    start = time.monotonic()
    await asyncio.sleep(d)
    return round(time.monotonic() - start, 1)

async def main():
    start = time.perf_counter()
    print(await asyncio.gather(nap(0.1), nap(0.3), nap(0.2)))
    print(f"elapsed {time.perf_counter() - start:.1f}")
    start = time.perf_counter()
    for d in (0.05, 0.05):
        await nap(d)
    print(f"sequential {time.perf_counter() - start:.1f}")

asyncio.run(main())
