# wait_for returns the inner result when it finishes before the timeout, or with timeout=None
import asyncio

async def compute(v, delay):
    await asyncio.sleep(delay)
    return v * 2

async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("inner error")

async def main():
    print(await asyncio.wait_for(compute(1, 0.01), 0.05))
    print(await asyncio.wait_for(compute(2, 0.02), None))
    t = asyncio.create_task(compute(3, 0))
    await asyncio.sleep(0.01)
    print("already done:", await asyncio.wait_for(t, 0.01))
    try:
        await asyncio.wait_for(fail(), 0.05)
    except ValueError as e:
        print("inner exception passes through:", repr(e))

asyncio.run(main())
