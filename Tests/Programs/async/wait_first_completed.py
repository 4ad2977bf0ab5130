# wait(return_when=FIRST_COMPLETED) returns as soon as one task finishes
import asyncio

async def work(name, d):
    await asyncio.sleep(d)
    return name

def names(s):
    return sorted(t.get_name() for t in s)

async def main():
    tasks = [asyncio.create_task(work(n, d), name=n) for n, d in [("a", 0.03), ("b", 0.01), ("c", 0.02)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(type(done).__name__, names(done), names(pending))
    print([t.result() for t in done])
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print(names(done), names(pending))
    done, pending = await asyncio.wait(pending)
    print(names(done), names(pending))
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)

asyncio.run(main())
