# when one TaskGroup child fails, its running siblings are cancelled and an ExceptionGroup is raised
import asyncio

async def sibling(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def failing():
    await asyncio.sleep(0.06)
    raise ValueError("child failed")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            quick = tg.create_task(sibling("quick", 0.01))
            slow = tg.create_task(sibling("slow", 0.2))
            tg.create_task(failing())
    except ExceptionGroup as eg:
        print(type(eg).__name__, str(eg))
        print(eg.message, repr(eg.exceptions))
    print("quick cancelled:", quick.cancelled(), "slow cancelled:", slow.cancelled())

asyncio.run(main())
