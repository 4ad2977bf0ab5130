# many call_at callbacks sharing one deadline run in the event loop's heap order
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    order = []
    t = loop.time() + 0.01
    for i in range(8):
        loop.call_at(t, order.append, i)
    await asyncio.sleep(0.03)
    print(order)

asyncio.run(main())
