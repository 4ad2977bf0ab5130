# a block that finishes before its deadline raises nothing and the timeout is not expired
import asyncio

async def main():
    async with asyncio.timeout(0.2) as cm:
        await asyncio.sleep(0.01)
        result = "finished in time"
    print(result, cm.expired())
    await asyncio.sleep(0.2)
    print("still not expired later:", cm.expired())
    async with asyncio.timeout(None) as never:
        await asyncio.sleep(0.02)
    print("timeout(None):", never.when(), never.expired())

asyncio.run(main())
