# a child failure collected first and an error in the body both end up in one ExceptionGroup
import asyncio

async def fail():
    await asyncio.sleep(0.01)
    raise ValueError("child")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("body cancelled by failing child")
                raise TypeError("body after cancel")
    except ExceptionGroup as eg:
        print(eg)
        print(eg.exceptions)

asyncio.run(main())
