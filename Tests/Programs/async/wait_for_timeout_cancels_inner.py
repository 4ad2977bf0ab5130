# wait_for timing out raises TimeoutError and cancels the inner task, waiting for it to finish
import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner cancelled")
        await asyncio.sleep(0.01)
        print("inner cleanup finished")
        raise

async def main():
    t = asyncio.create_task(inner())
    try:
        await asyncio.wait_for(t, 0.02)
    except TimeoutError as e:
        print("wait_for:", repr(e), "is asyncio.TimeoutError:", isinstance(e, asyncio.TimeoutError))
        print("cause:", type(e.__cause__).__name__)
    print("inner done:", t.done(), "cancelled:", t.cancelled())

asyncio.run(main())
