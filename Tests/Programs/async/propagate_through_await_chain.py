# an exception raised deep in nested awaits unwinds through each coroutine's finally and except
import asyncio

async def level(n):
    try:
        if n == 0:
            await asyncio.sleep(0.01)
            raise ZeroDivisionError("bottom")
        return await level(n - 1)
    finally:
        print("unwinding level", n)

async def main():
    try:
        await level(3)
    except ZeroDivisionError as e:
        print("main caught", repr(e))
    t = asyncio.create_task(level(1))
    await asyncio.sleep(0.02)
    print("task done:", t.done(), repr(t.exception()))

asyncio.run(main())
