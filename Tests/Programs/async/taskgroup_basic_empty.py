# an empty TaskGroup exits immediately; the body's own awaits run before the tasks are awaited
import asyncio

async def work():
    print("work runs")
    return 1

async def main():
    async with asyncio.TaskGroup():
        print("empty body")
    print("after empty group")
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(work())
        print("body before sleep")
        await asyncio.sleep(0)
        print("body after sleep, task done:", t.done())
    print("result", t.result())

asyncio.run(main())
