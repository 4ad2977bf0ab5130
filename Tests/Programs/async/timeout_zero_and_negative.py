# timeout(0) and negative timeouts let the body run until its first await, which then times out
import asyncio

async def main():
    for delay in (0, -1):
        steps = []
        try:
            async with asyncio.timeout(delay):
                steps.append("before await")
                await asyncio.sleep(0)
                steps.append("after await")
        except TimeoutError:
            steps.append("TimeoutError")
        print(delay, steps)
    async with asyncio.timeout(0):
        print("no await, no timeout")
    print("done")

asyncio.run(main())
