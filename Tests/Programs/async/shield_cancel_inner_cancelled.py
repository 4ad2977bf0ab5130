# if the shielded task itself is cancelled, the awaiter of shield() gets CancelledError
import asyncio

async def inner():
    await asyncio.sleep(1)

async def main():
    it = asyncio.create_task(inner())
    outer = asyncio.shield(it)
    await asyncio.sleep(0)
    it.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("shield awaiter got CancelledError")
    print("outer cancelled:", outer.cancelled(), "inner cancelled:", it.cancelled())
    done = asyncio.get_running_loop().create_future()
    done.set_result(7)
    print("shield of done future:", await asyncio.shield(done))

asyncio.run(main())
