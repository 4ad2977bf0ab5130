# tasks started in order that sleep the same duration wake in the order they started sleeping
import asyncio

async def sleeper(i, log):
    await asyncio.sleep(0.01)
    log.append(i)

async def main():
    log = []
    await asyncio.gather(*(sleeper(i, log) for i in range(8)))
    print(log)

asyncio.run(main())
