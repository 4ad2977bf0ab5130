# cancellation runs finally blocks, which may still await before CancelledError propagates
import asyncio

async def worker(log):
    try:
        log.append("work")
        await asyncio.sleep(1)
        log.append("never")
    finally:
        log.append("cleanup start")
        await asyncio.sleep(0.01)
        log.append("cleanup end")

async def main():
    log = []
    t = asyncio.create_task(worker(log))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("after one step:", log, t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("CancelledError after cleanup")
    print(log)
    print("cancelled:", t.cancelled())

asyncio.run(main())
