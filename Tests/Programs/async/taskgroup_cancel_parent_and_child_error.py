# when the parent is cancelled and a child fails at the same moment, the ExceptionGroup wins over CancelledError
import asyncio

async def saboteur(parent):
    await asyncio.sleep(0.01)
    parent.cancel()
    raise ValueError("child failed")

async def runner():
    me = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(saboteur(me))
            print("body finished")
    except BaseException as e:
        print("runner got", type(e).__name__, repr(getattr(e, "exceptions", None)))
        print("runner cancelling:", me.cancelling())
    return "runner returned"

async def main():
    t = asyncio.create_task(runner())
    try:
        print(await t)
    except asyncio.CancelledError:
        print("runner cancelled")

asyncio.run(main())
