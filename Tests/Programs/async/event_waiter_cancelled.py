# a cancelled Event waiter leaves the waiter list; the other waiters still wake
import asyncio

async def waiter(name, event):
    try:
        await event.wait()
        print(name, "woke")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    event = asyncio.Event()
    tasks = {n: asyncio.create_task(waiter(n, event)) for n in ["a", "b", "c"]}
    await asyncio.sleep(0)
    text = repr(event)
    print(text[text.index("["):])
    tasks["b"].cancel()
    await asyncio.sleep(0)
    text = repr(event)
    print(text[text.index("["):])
    event.set()
    results = await asyncio.gather(*tasks.values(), return_exceptions=True)
    print([type(r).__name__ for r in results])
    # cancel after set but before the waiter ran: it ends cancelled all the same
    event.clear()
    t = asyncio.create_task(waiter("d", event))
    await asyncio.sleep(0)
    event.set()
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("d cancelled:", t.cancelled())

asyncio.run(main())
