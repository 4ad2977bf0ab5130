# create_task(name=...), get_name and set_name (non-string names are converted with str)
import asyncio

async def job():
    t = asyncio.current_task()
    print("inside:", t.get_name())
    await asyncio.sleep(0.01)
    print("inside later:", t.get_name())

async def main():
    t = asyncio.create_task(job(), name="worker")
    print(t.get_name())
    await asyncio.sleep(0)
    t.set_name("renamed")
    await t
    t.set_name(42)
    print(repr(t.get_name()))
    u = asyncio.create_task(job(), name=3.5)
    print(repr(u.get_name()))
    await u
    v = asyncio.create_task(job(), name=None)
    print(v.get_name().startswith("Task-"))
    await v

asyncio.run(main())
