# a child that fails before its first await still only fails the gather when the loop runs it
import asyncio

async def boom():
    raise RuntimeError("immediate")

async def slow(log):
    log.append("slow started")
    await asyncio.sleep(0.01)
    log.append("slow finished")

async def main():
    log = []
    g = asyncio.gather(slow(log), boom())
    print("gather created, done:", g.done())
    try:
        await g
    except RuntimeError as e:
        print("caught", e)
    print(log)
    await asyncio.sleep(0.02)
    print(log)

asyncio.run(main())
