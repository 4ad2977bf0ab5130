# current_task returns the task running the current coroutine, and raises outside a loop
import asyncio

async def child():
    me = asyncio.current_task()
    print("child sees", me.get_name())
    return me

async def helper():
    return asyncio.current_task()

async def main():
    me = asyncio.current_task()
    print("main sees", me.get_name())
    print(await helper() is me)
    t = asyncio.create_task(child(), name="kid")
    print(await t is t)
    print(asyncio.current_task() is me)

asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
