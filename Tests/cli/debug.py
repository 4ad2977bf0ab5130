# Tests/cli/run runs this with --debug and PYTHONASYNCIODEBUG=1 on the virtual clock.
import asyncio, time

def helper():
    time.sleep(0.05)

async def crunch():
    time.sleep(0.2)
    await asyncio.sleep(0)
    helper()
    return "crunched"

async def main():
    print(await asyncio.create_task(crunch(), name="cruncher"))
    await asyncio.sleep(0.01)

asyncio.run(main())
