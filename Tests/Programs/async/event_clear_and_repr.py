# Event.clear makes waiters block again; the repr shows set/unset and the number of waiters
import asyncio

def state(event):
    text = repr(event)
    return text[text.index("["):]

async def waiter(name, event):
    await event.wait()
    print(name, "woke, is_set =", event.is_set())

async def main():
    event = asyncio.Event()
    print(repr(event).startswith("<asyncio.locks.Event object at 0x"), state(event))
    tasks = [asyncio.create_task(waiter(n, event)) for n in "xy"]
    await asyncio.sleep(0)
    print(state(event))
    event.set()
    print(state(event))
    event.clear()
    # Woken waiters still run: their futures were already resolved.
    await asyncio.gather(*tasks)
    print(state(event))
    late = asyncio.create_task(waiter("late", event))
    await asyncio.sleep(0.01)
    print("late done?", late.done())
    event.set()
    event.set()
    await late
    print(type(event), type(event).__module__)

asyncio.run(main())
