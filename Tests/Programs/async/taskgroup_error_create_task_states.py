# TaskGroup.create_task refuses before entry, while shutting down after a failure, and once finished
import asyncio

async def noop():
    pass

async def fail():
    raise ValueError("x")

def try_create(tg):
    coro = noop()
    try:
        tg.create_task(coro)
        print("created")
    except RuntimeError as e:
        coro.close()
        print("RuntimeError:", e)

async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    try_create(tg)
    try:
        async with tg:
            print(repr(tg))
            try_create(tg)
            tg.create_task(fail())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print(repr(tg))
                try_create(tg)
                raise
    except* ValueError:
        print("group failed")
    try_create(tg)

asyncio.run(main())
