# StopIteration raised inside a coroutine turns into RuntimeError at the await
import asyncio

async def bad():
    await asyncio.sleep(0)
    raise StopIteration("stop")

async def main():
    try:
        await bad()
    except RuntimeError as e:
        print("direct:", repr(e), "cause:", repr(e.__cause__))
    t = asyncio.create_task(bad())
    try:
        await t
    except RuntimeError as e:
        print("task:", repr(e), "cause:", repr(e.__cause__))
    except StopIteration as e:
        print("task: StopIteration", e.args)

asyncio.run(main())
