# two cancel() calls with different messages on a waiting task: the first message is the one delivered
import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("worker sees", e.args)
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    print(t.cancel("first"), t.cancel("second"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees", e.args)

asyncio.run(main())
