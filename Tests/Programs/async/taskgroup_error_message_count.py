# the TaskGroup ExceptionGroup message counts sub-exceptions, listed in the order the children failed
import asyncio

async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc

async def main():
    for n in (1, 3):
        try:
            async with asyncio.TaskGroup() as tg:
                for i in range(n):
                    tg.create_task(fail(ValueError(f"v{i}"), 0.01))
                tg.create_task(fail(KeyError("late"), 0.5))
        except* ValueError as eg:
            print(repr(eg.message), str(eg))
            print(eg.exceptions)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(TypeError("b"), 0.1))
            tg.create_task(fail(OSError("a"), 0.01))
    except ExceptionGroup as eg:
        print(eg)
        print(eg.exceptions)

asyncio.run(main())
