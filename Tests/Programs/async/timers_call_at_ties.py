# call_at callbacks with the very same deadline run in the order they were scheduled
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    order = []
    def cb(name):
        order.append(name)
    t = loop.time() + 0.02
    loop.call_at(t, cb, "first")
    loop.call_at(t, cb, "second")
    loop.call_at(t - 0.01, cb, "earlier")
    loop.call_at(t, cb, "third")
    loop.call_at(t + 0.01, lambda: done.set_result(None))
    await done
    print(order)

asyncio.run(main())
