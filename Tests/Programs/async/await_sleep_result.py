# asyncio.sleep(delay, result) returns result; sleep(0) returns None and yields to other tasks
import asyncio

async def other():
    print("other ran")

async def main():
    print(await asyncio.sleep(0.01, "hello"))
    print(await asyncio.sleep(0, result=[1, 2]))
    print(await asyncio.sleep(0))
    t = asyncio.create_task(other())
    print("before sleep(0)")
    await asyncio.sleep(0)
    print("after sleep(0)", t.done())
    print(await asyncio.sleep(-1, "negative ok"))

asyncio.run(main())
