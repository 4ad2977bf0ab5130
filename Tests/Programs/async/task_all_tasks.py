# all_tasks returns the set of unfinished tasks, including the current one
import asyncio

async def sleeper(d):
    await asyncio.sleep(d)

async def main():
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    a = asyncio.create_task(sleeper(0.01), name="a")
    b = asyncio.create_task(sleeper(0.03), name="b")
    tasks = asyncio.all_tasks()
    print(type(tasks).__name__, sorted(t.get_name() for t in tasks))
    print(asyncio.current_task() in tasks)
    await asyncio.sleep(0.02)
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    await b
    print(sorted(t.get_name() for t in asyncio.all_tasks()))

asyncio.run(main(), debug=False)
