# aclose() and athrow() on an async generator that another task is running raise
# RuntimeError, and leave it running.
import asyncio


async def ticks():
    await asyncio.sleep(0.1)
    yield 1
    yield 2


async def main():
    gen = ticks()
    first = asyncio.create_task(anext(gen))
    await asyncio.sleep(0)
    try:
        await gen.aclose()
    except RuntimeError as e:
        print("aclose:", e)
    try:
        await gen.athrow(ValueError("x"))
    except RuntimeError as e:
        print("athrow:", e)
    print(await first, await anext(gen))
    await gen.aclose()
    print(await anext(gen, "closed"))


asyncio.run(main())
