# call_later callbacks run in deadline order regardless of the order they were scheduled in
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    done = loop.create_future()
    order = []
    def cb(name):
        order.append(name)
        if len(order) == 5:
            done.set_result(None)
    loop.call_later(0.03, cb, "c-0.03")
    loop.call_later(0.01, cb, "a-0.01")
    loop.call_later(0.02, cb, "b-0.02")
    loop.call_later(0.01, cb, "a2-0.01")
    loop.call_later(0, cb, "zero")
    await done
    print(order)

asyncio.run(main())
