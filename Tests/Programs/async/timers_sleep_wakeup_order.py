# tasks sleeping different durations wake up shortest first, whatever order they started in
import asyncio

async def sleeper(name, delay, log):
    await asyncio.sleep(delay)
    log.append(name)
    print("woke", name)

async def main():
    log = []
    tasks = [asyncio.create_task(sleeper(n, d, log))
             for n, d in [("c", 0.03), ("a", 0.01), ("d", 0.04), ("b", 0.02)]]
    await asyncio.gather(*tasks)
    print(log)

asyncio.run(main())
