# coil-only: gather on a future nobody resolves; the report names the future
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    forgotten = loop.create_future()
    print("gathering")
    await asyncio.gather(asyncio.sleep(0.1), forgotten)
    print("not reached")

asyncio.run(main())
print("not reached either")
