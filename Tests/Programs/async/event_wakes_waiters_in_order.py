# Event.set wakes every waiter, in the order they began waiting; wait returns True
import asyncio

async def waiter(name, event, delay):
    await asyncio.sleep(delay)
    print(name, "waiting")
    result = await event.wait()
    print(name, "woke", result)

async def main():
    event = asyncio.Event()
    print("is_set", event.is_set())
    tasks = [
        asyncio.create_task(waiter("c", event, 0.03)),
        asyncio.create_task(waiter("a", event, 0.01)),
        asyncio.create_task(waiter("b", event, 0.02)),
    ]
    await asyncio.sleep(0.05)
    print("setting")
    event.set()
    print("is_set", event.is_set())
    await asyncio.gather(*tasks)
    print("already set:", await event.wait())

asyncio.run(main())
