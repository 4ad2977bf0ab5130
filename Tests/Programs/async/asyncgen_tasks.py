# async generators feeding several tasks, cancellation while the generator awaits, and the
# generators asyncio.run closes at the end
import asyncio

async def ticks(name, every):
    i = 0
    try:
        while True:
            await asyncio.sleep(every)
            i += 1
            yield f"{name}:{i}"
    except asyncio.CancelledError:
        print(name, "cancelled inside the generator")
        raise
    finally:
        print(name, "generator finally")

async def plain_ticks(name):
    try:
        while True:
            await asyncio.sleep(0.1)
            yield name
    finally:
        print(name, "closed")

async def consume(name, every, limit):
    async for tick in ticks(name, every):
        print(tick)
        if tick.endswith(str(limit)):
            break
    return name

async def forever(name):
    async for tick in ticks(name, 1):
        print(tick)

async def merged():
    async def pump(gen, queue):
        async for item in gen:
            await queue.put(item)
    queue = asyncio.Queue()
    tasks = [asyncio.create_task(pump(ticks(n, d), queue)) for n, d in (("x", 0.3), ("y", 0.5))]
    for _ in range(5):
        print("merged", await queue.get())
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)

async def main():
    print(await asyncio.gather(consume("a", 0.1, 3), consume("b", 0.17, 2)))
    t = asyncio.create_task(forever("c"))
    await asyncio.sleep(2.5)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("forever cancelled")
    await merged()
    left = plain_ticks("left-open")
    print(await anext(left))
    print("main done")

asyncio.run(main())
print("after run")
