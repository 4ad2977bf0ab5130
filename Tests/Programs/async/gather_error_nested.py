# an exception from a nested gather propagates out of the outer gather; return_exceptions applies per level
import asyncio

async def val(v):
    await asyncio.sleep(0.01)
    return v

async def fail(msg):
    await asyncio.sleep(0.02)
    raise ValueError(msg)

async def main():
    try:
        await asyncio.gather(val(1), asyncio.gather(val(2), fail("deep")))
    except ValueError as e:
        print("outer caught", repr(e))
    r = await asyncio.gather(val(1), asyncio.gather(val(2), fail("inner"), return_exceptions=True))
    print(r)
    r = await asyncio.gather(val(1), asyncio.gather(val(2), fail("kept")), return_exceptions=True)
    print(r)
    await asyncio.sleep(0.03)

asyncio.run(main())
