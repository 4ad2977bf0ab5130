# N tasks all parked in asyncio.sleep at once, then gathered: memory per waiting task.
import asyncio
import sys


async def sleeper():
    await asyncio.sleep(0.5)


async def main(n):
    tasks = [asyncio.create_task(sleeper()) for _ in range(n)]
    await asyncio.sleep(0.1)
    await asyncio.gather(*tasks)
    print("tasks:", len(tasks))


asyncio.run(main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000))
