# after cancel(), awaiting the task raises CancelledError and result()/exception() raise it too
import asyncio

async def worker():
    await asyncio.sleep(1)
    return 1

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    print("done right after cancel:", t.done())
    try:
        await t
    except asyncio.CancelledError as e:
        print("await:", type(e).__name__)
    print("done:", t.done(), "cancelled:", t.cancelled())
    for name in ("result", "exception"):
        try:
            getattr(t, name)()
        except asyncio.CancelledError as e:
            print(name + "():", type(e).__name__)

asyncio.run(main())
