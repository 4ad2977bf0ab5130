# LifoQueue hands out the most recently put item first
import asyncio

async def main():
    lq = asyncio.LifoQueue()
    for item in ["first", "second", "third"]:
        await lq.put(item)
    print(str(lq))
    got = []
    for _ in range(3):
        got.append(await lq.get())
    print(got)
    lq.put_nowait(1)
    lq.put_nowait(2)
    print(lq.get_nowait())
    lq.put_nowait(3)
    print(lq.get_nowait(), lq.get_nowait(), lq.empty())
    print(isinstance(lq, asyncio.Queue), type(lq).__name__)

asyncio.run(main())
