# wait with a timeout returns the unfinished tasks in pending without cancelling them
import asyncio

async def work(d):
    await asyncio.sleep(d)
    return d

def names(s):
    return sorted(t.get_name() for t in s)

async def main():
    tasks = [asyncio.create_task(work(d), name=f"t{d}") for d in (0.01, 0.03, 0.05)]
    done, pending = await asyncio.wait(tasks, timeout=0.02)
    print(names(done), names(pending))
    print([t.cancelled() for t in tasks])
    done, pending = await asyncio.wait(pending, timeout=0.1)
    print(names(done), names(pending))
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(tasks, return_when="bogus")
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
