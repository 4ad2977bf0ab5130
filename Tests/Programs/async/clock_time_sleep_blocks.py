# time.sleep inside a coroutine blocks the whole loop: other tasks cannot run until it returns
import asyncio
import time

async def ticker(log, start):
    await asyncio.sleep(0.05)
    log.append(f"ticker woke at {time.monotonic() - start:.1f}")

async def blocker(log, start):
    log.append("blocking")
    time.sleep(0.2)
    log.append(f"unblocked at {time.monotonic() - start:.1f}")
    await asyncio.sleep(0)
    log.append("blocker resumed")

async def main():
    log = []
    start = time.monotonic()
    t = asyncio.create_task(ticker(log, start))
    await asyncio.sleep(0)
    await blocker(log, start)
    await t
    for line in log:
        print(line)

asyncio.run(main())
