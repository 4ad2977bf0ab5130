# cancelling a gather before its coroutine children start means none of their code runs
import asyncio

async def child(name):
    print(name, "started")
    await asyncio.sleep(0.01)
    return name

async def main():
    g = asyncio.gather(child("a"), child("b"))
    print("cancel:", g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled before any child ran")
    print(await asyncio.gather(child("c"), child("d")))

asyncio.run(main())
