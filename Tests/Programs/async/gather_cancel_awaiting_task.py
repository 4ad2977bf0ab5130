# cancelling a task that is awaiting gather() cancels the gathered children as well
import asyncio

async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def parent():
    try:
        await asyncio.gather(child("x"), child("y"))
    except asyncio.CancelledError:
        print("parent sees CancelledError")
        raise

async def main():
    p = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent cancelled:", p.cancelled())

asyncio.run(main())
