# gather_future.cancel(msg) passes the message to each child and to the gather's CancelledError
import asyncio

async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print(name, "got", e.args)
        raise

async def main():
    g = asyncio.gather(child("a"), child("b"))
    await asyncio.sleep(0)
    g.cancel("shutting down")
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather raised", e.args)

asyncio.run(main())
