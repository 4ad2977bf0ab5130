# the first exception raised by a gather child propagates at once; the other children keep running
import asyncio

async def ok(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)
    return name

async def fail(delay):
    await asyncio.sleep(delay)
    raise ValueError(f"failed after {delay}")

async def main():
    log = []
    a = asyncio.create_task(ok("a", 0.01, log))
    c = asyncio.create_task(ok("c", 0.15, log))
    try:
        await asyncio.gather(a, fail(0.05), c)
    except ValueError as e:
        print("gather raised:", repr(e))
    print("log so far:", log, "c done:", c.done())
    await asyncio.sleep(0.15)
    print("log later:", log, "c cancelled:", c.cancelled(), "c result:", c.result())

asyncio.run(main())
