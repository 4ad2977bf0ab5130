# return await passes values up through several nested coroutines
import asyncio

async def leaf(x):
    await asyncio.sleep(0.01)
    return x * 2

async def middle(x):
    return await leaf(x) + 1

async def top(x):
    r = await middle(x)
    return [r, await middle(r)]

async def none_returner():
    await asyncio.sleep(0)

async def main():
    print(await top(3))
    print(await none_returner())
    return "done"

print(asyncio.run(main()))
