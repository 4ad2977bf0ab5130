# call_soon callbacks and new task steps share one FIFO queue, interleaving in scheduling order
import asyncio

async def worker(name):
    print("start", name)
    await asyncio.sleep(0)
    print("resume", name)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "cb1")
    asyncio.create_task(worker("A"))
    loop.call_soon(print, "cb2")
    asyncio.create_task(worker("B"))
    loop.call_soon(print, "cb3")
    print("main before sleep")
    await asyncio.sleep(0)
    print("main after first sleep")
    await asyncio.sleep(0)
    print("main after second sleep")

asyncio.run(main())
