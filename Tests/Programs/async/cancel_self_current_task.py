# a task that cancels itself gets CancelledError at its next await, not at the cancel() call
import asyncio

async def selfish():
    me = asyncio.current_task()
    print("cancel self:", me.cancel("self"))
    print("still running after cancel()")
    try:
        await asyncio.sleep(0)
        print("not reached")
    except asyncio.CancelledError as e:
        print("at await:", e.args)
    await asyncio.sleep(0)
    print("second await fine")
    me.cancel()
    await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(selfish())
    try:
        await t
    except asyncio.CancelledError:
        print("task cancelled:", t.cancelled())

asyncio.run(main())
