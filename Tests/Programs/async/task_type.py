# tasks and futures are the C-accelerated _asyncio classes; Task is a subclass of Future
import asyncio

async def work():
    return 1

async def main():
    t = asyncio.create_task(work())
    print(type(t))
    print(type(t) is asyncio.Task, isinstance(t, asyncio.Future))
    print(issubclass(asyncio.Task, asyncio.Future))
    f = asyncio.get_running_loop().create_future()
    print(type(f), isinstance(f, asyncio.Task))
    print(asyncio.isfuture(t), asyncio.isfuture(f), asyncio.isfuture(work))
    print(asyncio.Task.__name__, asyncio.Future.__module__)
    await t
    f.cancel()

asyncio.run(main())
