# sleeps and call_later callbacks share one timeline and interleave by deadline
import asyncio

async def sleeper(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)

async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_later(0.1, log.append, "cb-0.1")
    tasks = [asyncio.create_task(sleeper("task-0.15", 0.15, log)),
             asyncio.create_task(sleeper("task-0.05", 0.05, log))]
    loop.call_later(0.2, log.append, "cb-0.2")
    loop.call_later(0.01, log.append, "cb-0.01")
    await asyncio.gather(*tasks)
    await asyncio.sleep(0.1)
    print(log)

asyncio.run(main())
