# Condition.wait_for re-checks its predicate after each notify_all and returns its value
import asyncio

async def consumer(name, cond, box, need):
    async with cond:
        got = await cond.wait_for(lambda: len(box) >= need and box[:need])
        print(name, "saw", got)

async def main():
    cond = asyncio.Condition()
    box = []
    tasks = [
        asyncio.create_task(consumer("two", cond, box, 2)),
        asyncio.create_task(consumer("one", cond, box, 1)),
        asyncio.create_task(consumer("three", cond, box, 3)),
    ]
    for item in "abc":
        await asyncio.sleep(0.01)
        async with cond:
            box.append(item)
            print("added", item)
            cond.notify_all()
    await asyncio.gather(*tasks)
    async with cond:
        print("already true:", await cond.wait_for(lambda: "ready"))

asyncio.run(main())
