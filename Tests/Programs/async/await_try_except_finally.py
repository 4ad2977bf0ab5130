# try/except/else/finally around awaits: exceptions from awaited coroutines are caught normally
import asyncio

async def boom(msg):
    await asyncio.sleep(0.01)
    raise ValueError(msg)

async def ok():
    await asyncio.sleep(0.01)
    return "ok"

async def main():
    try:
        await boom("first")
    except ValueError as e:
        print("caught", e)
    finally:
        print("finally 1")
    try:
        r = await ok()
    except ValueError:
        print("not here")
    else:
        print("else", r)
    finally:
        await asyncio.sleep(0)
        print("finally 2 after await")
    try:
        try:
            await boom("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)

asyncio.run(main())
