# an exception in a task reaches every awaiter as the same object, and exception() returns it
import asyncio

class AppError(Exception):
    pass

async def failing():
    await asyncio.sleep(0.01)
    raise AppError("bad thing", 42)

async def watcher(t, name):
    try:
        await t
    except AppError as e:
        print(name, "caught", repr(e))
        return e

async def main():
    t = asyncio.create_task(failing())
    e1, e2 = await asyncio.gather(watcher(t, "w1"), watcher(t, "w2"))
    print("same object:", e1 is e2, e1 is t.exception())
    print("args:", t.exception().args)
    try:
        t.result()
    except AppError as e:
        print("result() re-raises:", e is e1)

asyncio.run(main())
