# Condition.notify(1) wakes waiters one at a time in the order they waited
import asyncio

async def waiter(name, cond, delay):
    await asyncio.sleep(delay)
    async with cond:
        print(name, "waits")
        result = await cond.wait()
        print(name, "notified", result, "holding lock:", cond.locked())

async def main():
    cond = asyncio.Condition()
    tasks = [
        asyncio.create_task(waiter("second", cond, 0.02)),
        asyncio.create_task(waiter("first", cond, 0.01)),
        asyncio.create_task(waiter("third", cond, 0.03)),
    ]
    await asyncio.sleep(0.05)
    for i in range(3):
        async with cond:
            text = repr(cond)
            print("notify", i, text[text.index("["):])
            cond.notify()
        await asyncio.sleep(0.01)
    await asyncio.gather(*tasks)
    async with cond:
        cond.notify(5)   # nobody waits: nothing happens
    print("done", cond.locked())

asyncio.run(main())
