# time.time() moves forward with asyncio.sleep and with time.sleep
import asyncio
import time

async def main():
    t0 = time.time()
    await asyncio.sleep(0.1)
    t1 = time.time()
    time.sleep(0.1)
    t2 = time.time()
    print(f"{t1 - t0:.1f} {t2 - t1:.1f} {t2 - t0:.1f}")
    print(type(t0).__name__, t0 > 1_600_000_000)

asyncio.run(main())
