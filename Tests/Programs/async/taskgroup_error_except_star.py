# except* splits a TaskGroup's ExceptionGroup by type, each handler seeing its own subgroup
import asyncio

async def fail(exc):
    await asyncio.sleep(0.01)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v1")))
            tg.create_task(fail(TypeError("t1")))
            tg.create_task(fail(ValueError("v2")))
    except* ValueError as eg:
        print("ValueErrors:", eg.exceptions)
    except* TypeError as eg:
        print("TypeErrors:", eg.exceptions, str(eg))
    try:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fail(KeyError("k")))
                tg.create_task(fail(IndexError("i")))
        except* KeyError:
            print("handled KeyError only")
    except ExceptionGroup as rest:
        print("rest:", repr(rest))

asyncio.run(main())
