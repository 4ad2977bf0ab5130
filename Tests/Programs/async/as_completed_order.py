# as_completed yields awaitables in completion order; awaiting each gives its result
import asyncio

async def work(name, d):
    await asyncio.sleep(d)
    return name

async def main():
    aws = [work("slow", 0.03), work("fast", 0.01), work("mid", 0.02)]
    for i, fut in enumerate(asyncio.as_completed(aws)):
        result = await fut
        print(i, result)
    it = asyncio.as_completed([work("only", 0)])
    print(await next(it))

asyncio.run(main())
