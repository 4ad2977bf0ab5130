# awaiting the same coroutine object a second time raises RuntimeError
import asyncio

async def f():
    await asyncio.sleep(0)
    return 42

async def main():
    c = f()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print(type(e).__name__, e)
    try:
        print(await c)
    except RuntimeError as e:
        print(repr(e))

asyncio.run(main())
