# a TimeoutError inside one TaskGroup child fails the group like any other error
import asyncio

async def slow_child():
    async with asyncio.timeout(0.01):
        await asyncio.sleep(1)

async def sibling():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("sibling cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow_child())
            tg.create_task(sibling())
    except* TimeoutError as eg:
        print("group failed with", eg.exceptions)

asyncio.run(main())
