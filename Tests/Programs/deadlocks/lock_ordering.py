# coil-only: two tasks take two locks in opposite orders; Coil reports the deadlock instead of hanging
import asyncio

async def worker(name, first, second):
    async with first:
        await asyncio.sleep(0.1)
        async with second:
            print(name, "got both")

async def main():
    a, b = asyncio.Lock(), asyncio.Lock()
    await asyncio.gather(worker("left", a, b), worker("right", b, a))

asyncio.run(main())
