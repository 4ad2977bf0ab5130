# with two failing children, the earlier failure propagates and the later one stays on its task
import asyncio

async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc

async def main():
    t1 = asyncio.create_task(fail(TypeError("late"), 0.1))
    t2 = asyncio.create_task(fail(ValueError("early"), 0.01))
    try:
        await asyncio.gather(t1, t2)
    except Exception as e:
        print("propagated:", repr(e))
    print("t1 done:", t1.done())
    await asyncio.sleep(0.12)
    print("t1:", repr(t1.exception()), "t2:", repr(t2.exception()))

asyncio.run(main())
