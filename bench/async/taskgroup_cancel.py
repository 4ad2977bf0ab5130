# TaskGroups whose first failing child cancels all its siblings, over and over.
import asyncio


async def sibling(i):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise
    return i


async def failing():
    await asyncio.sleep(0)
    raise ValueError("boom")


async def main():
    caught = 0
    for _ in range(300):
        try:
            async with asyncio.TaskGroup() as tg:
                for i in range(100):
                    tg.create_task(sibling(i))
                tg.create_task(failing())
        except* ValueError as group:
            caught += len(group.exceptions)
    print("caught:", caught)


asyncio.run(main())
