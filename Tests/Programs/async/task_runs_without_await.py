# a created task starts at the next loop iteration and runs to completion even if never awaited
import asyncio

async def background(name, d):
    print(name, "started")
    await asyncio.sleep(d)
    print(name, "finished")

async def main():
    asyncio.create_task(background("bg1", 0.02))
    t = asyncio.create_task(background("bg2", 0.01))
    print("created, nothing started yet")
    await asyncio.sleep(0.03)
    print("main done", t.done())

asyncio.run(main())
