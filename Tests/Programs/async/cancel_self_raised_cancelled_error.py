# a task whose body raises CancelledError itself ends up cancelled(), and awaiting it re-raises
import asyncio

async def raiser():
    await asyncio.sleep(0)
    raise asyncio.CancelledError("self-raised")

async def main():
    t = asyncio.create_task(raiser())
    try:
        await t
    except asyncio.CancelledError as e:
        print("caught", e.args)
    print("cancelled:", t.cancelled(), "done:", t.done())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raises", type(e).__name__)

asyncio.run(main())
