# Yields inside except* clauses, in generators and async generators, and awaits inside an
# except* clause of a coroutine.
import asyncio
def g():
    try:
        raise ExceptionGroup("eg", [ValueError("x"), KeyError("k")])
    except* ValueError as eg:
        yield ("values", eg.exceptions)
    except* KeyError as eg:
        yield ("keys", eg.exceptions)
    yield "after"
print(list(g()))
def h():
    try:
        raise ValueError("naked")
    except* ValueError:
        yield 2
        raise TypeError("in handler")
try:
    list(h())
except* TypeError as eg:
    print("raised out:", repr(eg.exceptions))
async def agen():
    try:
        raise ExceptionGroup("eg", [OSError("o")])
    except* OSError as eg:
        await asyncio.sleep(0)
        yield repr(eg.exceptions)
async def main():
    async for x in agen():
        print(x)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(-1))
            async def fail(): raise ValueError("task")
            tg.create_task(fail())
    except* ValueError as eg:
        await asyncio.sleep(0)
        print("taskgroup:", repr(eg.exceptions))
asyncio.run(main())
