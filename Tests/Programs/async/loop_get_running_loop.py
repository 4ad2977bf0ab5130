# get_running_loop and get_event_loop inside a coroutine return the same running loop
import asyncio

async def inner():
    return asyncio.get_running_loop()

async def main():
    loop = asyncio.get_running_loop()
    print(loop is asyncio.get_event_loop())
    print(loop is await inner())
    print(loop.is_running(), loop.is_closed())
    t = asyncio.create_task(inner())
    print(loop is await t)
    return loop

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
loop = asyncio.run(main())
print(loop.is_running(), loop.is_closed())
