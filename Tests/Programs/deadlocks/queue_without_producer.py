# coil-only: a consumer waits on a queue nobody ever fills
import asyncio

async def consumer(queue):
    item = await queue.get()
    print("got", item)

async def main():
    queue = asyncio.Queue()
    await asyncio.create_task(consumer(queue), name="consumer")

asyncio.run(main())
