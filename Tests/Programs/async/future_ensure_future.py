# ensure_future wraps coroutines in tasks, passes futures through and rejects other objects
import asyncio

async def work():
    return "w"

async def main():
    f = asyncio.get_running_loop().create_future()
    print(asyncio.ensure_future(f) is f)
    t = asyncio.ensure_future(work())
    print(type(t).__name__, asyncio.ensure_future(t) is t)
    print(await t)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print("TypeError:", e)
    f.set_result(1)

asyncio.run(main())
