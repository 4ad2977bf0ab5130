# gather returns results in argument order, not completion order
import asyncio

async def work(name, delay):
    await asyncio.sleep(delay)
    print("finished", name)
    return name.upper()

async def main():
    results = await asyncio.gather(work("a", 0.03), work("b", 0.01), work("c", 0.02))
    print(results, type(results).__name__)
    print(await asyncio.gather())
    print(await asyncio.gather(work("solo", 0)))

asyncio.run(main())
