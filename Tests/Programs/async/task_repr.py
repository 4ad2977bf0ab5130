# repr of a task while pending, after returning a value and after raising
import asyncio

async def work(x):
    await asyncio.sleep(0.01)
    return x

async def fail():
    raise ValueError("oops")

def r(obj):
    return repr(obj).replace(__file__, "FILE")

async def main():
    t = asyncio.create_task(work(5), name="worker")
    print(r(t))
    await asyncio.sleep(0)
    print(r(t))
    await t
    print(r(t))
    f = asyncio.create_task(fail())
    await asyncio.sleep(0)
    print(r(f))
    f.exception()
    s = asyncio.create_task(work("text"))
    await s
    print(r(s))

asyncio.run(main())
