# new_event_loop + run_until_complete returns the result; a closed loop refuses to run
import asyncio

async def add(a, b):
    await asyncio.sleep(0.01)
    return a + b

loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
print(loop.run_until_complete(add(1, 2)))
print(loop.run_until_complete(add("x", "y")))
t = loop.create_task(add(10, 20))
print(t.done())
print(loop.run_until_complete(t), t.done())
loop.close()
print(loop.is_closed())
loop.close()
c = add(0, 0)
try:
    loop.run_until_complete(c)
except RuntimeError as e:
    print("RuntimeError:", e)
c.close()
