# TaskGroup.create_task accepts name=, returns a Task, and tasks may add more tasks to the group
import asyncio

async def child(tg, depth):
    me = asyncio.current_task().get_name()
    print("running", me)
    if depth < 2:
        tg.create_task(child(tg, depth + 1), name=f"{me}.sub")
    await asyncio.sleep(0.01 * (3 - depth))
    print("done", me)

async def main():
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(child(tg, 0), name="root")
        print(type(t), t.get_name())
    print("group exited", t.done())

asyncio.run(main())
