# children that completed before a sibling failed keep their results; failed ones keep their exception
import asyncio

async def value(v, delay):
    await asyncio.sleep(delay)
    return v

async def fail():
    await asyncio.sleep(0.06)
    raise LookupError("lookup")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(value("a", 0.01))
            b = tg.create_task(fail())
            c = tg.create_task(value("c", 0.2))
    except* LookupError as eg:
        print("caught", eg.exceptions)
        caught = eg.exceptions[0]
    print(a.result(), repr(b.exception()), c.cancelled())
    print("same exception object:", b.exception() is caught)

asyncio.run(main())
