# close() on an unstarted coroutine runs nothing; awaiting it afterwards raises RuntimeError
import asyncio

async def f():
    print("body ran")
    return 1

async def main():
    c = f()
    c.close()
    c.close()
    print("closed twice without error")
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
