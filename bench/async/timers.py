# 20,000 concurrent timers with many equal deadlines: the timer heap under load.
import asyncio


async def sleeper(i, fired):
    await asyncio.sleep((i % 50) * 0.0002)
    fired.append(i)


async def main():
    for _ in range(3):
        fired = []
        await asyncio.gather(*[sleeper(i, fired) for i in range(20_000)])
        print("fired:", len(fired))


asyncio.run(main())
