# done/cancelled/result/exception on a task while pending, after success and after failure
import asyncio

async def ok():
    await asyncio.sleep(0.01)
    return "value"

async def bad():
    await asyncio.sleep(0.01)
    raise ValueError("bad thing")

async def main():
    t = asyncio.create_task(ok())
    print(t.done(), t.cancelled())
    for method in (t.result, t.exception):
        try:
            method()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    await t
    print(t.done(), t.cancelled(), t.result(), t.exception())
    b = asyncio.create_task(bad())
    await asyncio.sleep(0.02)
    print(b.done(), b.cancelled(), repr(b.exception()))
    try:
        b.result()
    except ValueError as e:
        print("result() raised", repr(e))

asyncio.run(main())
