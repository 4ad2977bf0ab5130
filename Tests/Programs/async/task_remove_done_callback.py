# remove_done_callback removes every registration of a callback and returns how many it removed
import asyncio

def a(t):
    print("a called")

def b(t):
    print("b called")

async def work():
    await asyncio.sleep(0.01)

async def main():
    t = asyncio.create_task(work())
    t.add_done_callback(a)
    t.add_done_callback(b)
    t.add_done_callback(a)
    print(t.remove_done_callback(a))
    print(t.remove_done_callback(a))
    print(t.remove_done_callback(print))
    await t
    await asyncio.sleep(0)
    print("done")

asyncio.run(main())
