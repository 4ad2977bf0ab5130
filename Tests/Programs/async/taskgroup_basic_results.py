# TaskGroup waits for all its tasks on exit; their results are available afterwards
import asyncio

async def work(name, d):
    await asyncio.sleep(d)
    print("finished", name)
    return name * 2

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work("a", 0.03))
        t2 = tg.create_task(work("b", 0.01))
        t3 = tg.create_task(work("c", 0.02))
        print("tasks created, none done:", t1.done() or t2.done() or t3.done())
    print("after group:", t1.result(), t2.result(), t3.result())
    print(type(tg).__name__)

asyncio.run(main())
