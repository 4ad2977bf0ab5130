# cancelling() counts pending cancel requests and uncancel() decrements it
import asyncio

async def worker():
    me = asyncio.current_task()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("in handler cancelling:", me.cancelling())
        print("uncancel ->", me.uncancel())
        print("uncancel ->", me.uncancel())
        print("uncancel ->", me.uncancel())
    await asyncio.sleep(0.01)
    print("after uncancel, slept fine; cancelling:", me.cancelling())
    return "ok"

async def main():
    t = asyncio.create_task(worker())
    print("initial cancelling:", t.cancelling())
    await asyncio.sleep(0)
    t.cancel()
    t.cancel()
    print("after two cancels:", t.cancelling())
    print("result:", await t)
    print("cancelled:", t.cancelled())

asyncio.run(main())
