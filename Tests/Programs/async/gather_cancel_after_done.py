# cancel() on a gather future whose children all finished returns False and the results stay
import asyncio

async def child(v):
    await asyncio.sleep(0.01)
    return v * 10

async def main():
    g = asyncio.gather(child(1), child(2))
    print(await g)
    print("cancel:", g.cancel(), "cancelled:", g.cancelled(), g.result())

asyncio.run(main())
