# wait(return_when=FIRST_EXCEPTION) returns when a task raises; wait itself never raises it
import asyncio

async def work(name, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise ValueError(name)
    return name

def names(s):
    return sorted(t.get_name() for t in s)

async def main():
    tasks = [asyncio.create_task(work("ok1", 0.01), name="ok1"),
             asyncio.create_task(work("bad", 0.02, True), name="bad"),
             asyncio.create_task(work("ok2", 0.04), name="ok2")]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), repr(t.exception()))
    more = [asyncio.create_task(work("x", 0.01), name="x"),
            asyncio.create_task(work("y", 0.02), name="y")]
    done, pending = await asyncio.wait(more, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending))
    print(len(pending))

asyncio.run(main())
