# time.perf_counter() and time.monotonic() deltas around asyncio.sleep match the slept duration
import asyncio
import time

async def main():
    p0, m0 = time.perf_counter(), time.monotonic()
    await asyncio.sleep(0.2)
    p1, m1 = time.perf_counter(), time.monotonic()
    print(f"perf_counter: {p1 - p0:.1f}")
    print(f"monotonic: {m1 - m0:.1f}")
    await asyncio.sleep(0.1)
    print(f"total: {time.perf_counter() - p0:.1f}")
    print("increasing:", p1 > p0, m1 > m0)

asyncio.run(main())
