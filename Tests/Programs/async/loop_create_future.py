# loop.create_future returns a pending Future that a callback can complete
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(type(fut), fut.done(), fut.get_loop() is loop)
    loop.call_later(0.01, fut.set_result, "from call_later")
    print(await fut)
    f2 = loop.create_future()
    loop.call_soon(f2.set_exception, KeyError("missing"))
    try:
        await f2
    except KeyError as e:
        print("KeyError", e)
    f3 = asyncio.Future()
    print(f3.get_loop() is loop)
    f3.set_result(3)
    print(await f3)

asyncio.run(main())
