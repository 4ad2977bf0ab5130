# a task cancelled before it first runs never executes any of its code
import asyncio

async def worker(name):
    print("started", name)
    try:
        await asyncio.sleep(0.01)
    finally:
        print("finally", name)
    return name

async def main():
    a = asyncio.create_task(worker("a"))
    b = asyncio.create_task(worker("b"))
    print("cancel a:", a.cancel())
    print("a done before running:", a.done())
    await asyncio.sleep(0)
    print("a done:", a.done(), "cancelled:", a.cancelled())
    print("b result:", await b)
    try:
        await a
    except asyncio.CancelledError:
        print("await a: CancelledError")

asyncio.run(main())
