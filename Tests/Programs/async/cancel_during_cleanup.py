# a second cancel() while the task awaits inside its finally block interrupts the cleanup
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    finally:
        print("cleanup begins")
        try:
            await asyncio.sleep(1)
            print("cleanup done")
        except asyncio.CancelledError:
            print("cleanup interrupted")
            raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0.01)
    print("done yet:", t.done())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer sees CancelledError")
    print(t.cancelled(), t.cancelling())

asyncio.run(main())
