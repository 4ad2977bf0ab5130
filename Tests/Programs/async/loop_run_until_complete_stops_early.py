# run_until_complete returns as soon as its future is done, leaving other tasks pending
import asyncio

async def slow():
    print("slow start")
    await asyncio.sleep(0.05)
    print("slow end")

async def fast():
    await asyncio.sleep(0.01)
    return "fast"

loop = asyncio.new_event_loop()
s = loop.create_task(slow())
print(loop.run_until_complete(fast()))
print("slow done?", s.done())
loop.run_until_complete(s)
print("slow done?", s.done())
loop.close()
