# A recursive tree of gathers: every inner node gathers its children, every leaf yields once.
import asyncio


async def node(depth, fanout):
    if depth == 0:
        await asyncio.sleep(0)
        return 1
    counts = await asyncio.gather(*[node(depth - 1, fanout) for _ in range(fanout)])
    return sum(counts) + 1


async def main():
    total = 0
    for _ in range(3):
        total += await node(7, 4)
    print("nodes:", total)


asyncio.run(main())
