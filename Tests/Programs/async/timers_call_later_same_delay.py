# call_later with the same delay scheduled one after another fires in scheduling order
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    order = []
    for i in range(8):
        loop.call_later(0.01, order.append, i)
    await asyncio.sleep(0.03)
    print(order)

asyncio.run(main())
