# loop.time() advances by the same amount as time.monotonic() across sleeps and call_later
import asyncio
import time

async def main():
    loop = asyncio.get_running_loop()
    l0, m0 = loop.time(), time.monotonic()
    await asyncio.sleep(0.1)
    dl, dm = loop.time() - l0, time.monotonic() - m0
    print(f"loop {dl:.1f} monotonic {dm:.1f} close: {abs(dl - dm) < 0.01}")
    fut = loop.create_future()
    t0 = loop.time()
    loop.call_later(0.2, lambda: fut.set_result(loop.time() - t0))
    print(f"call_later fired after {await fut:.1f}")

asyncio.run(main())
