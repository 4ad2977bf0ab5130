# Loop callbacks run in a context: call_soon, call_later and add_done_callback take a copy of
# the scheduling code's context, or the one given with context=; what a callback sets stays
# in that context.
import asyncio
import contextvars

v = contextvars.ContextVar("v", default="unset")


async def copies():
    v.set("task")
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: print("call_soon sees", v.get()))
    loop.call_later(0.1, lambda: print("call_later sees", v.get()))
    v.set("changed after scheduling")
    await asyncio.sleep(0.2)


asyncio.run(copies())


async def explicit():
    ctx = contextvars.Context()
    ctx.run(v.set, "from ctx")
    asyncio.get_running_loop().call_soon(lambda: print("given context:", v.get()), context=ctx)
    await asyncio.sleep(0)


asyncio.run(explicit())
async def main():
    ctx = contextvars.copy_context()
    loop = asyncio.get_running_loop()
    loop.call_soon(v.set, "set-in-cb", context=ctx)
    await asyncio.sleep(0)
    print(ctx.get(v), v.get())
    fut = loop.create_future()
    fut.add_done_callback(lambda f: v.set("done-cb"), context=ctx)
    fut.set_result(None)
    await asyncio.sleep(0)
    print(ctx.get(v), v.get())
    t = asyncio.create_task(asyncio.sleep(0))
    v.set("task-main")
    t.add_done_callback(lambda t: print("task done cb sees", v.get()))
    await t
    await asyncio.sleep(0)
asyncio.run(main())
async def leaks_nothing():
    asyncio.get_running_loop().call_soon(v.set, "leaked")
    await asyncio.sleep(0)
    print("in main", v.get())
asyncio.run(leaks_nothing())
print("after run", v.get())


try:
    asyncio.new_event_loop().call_soon(print, 1, ctx=None)
except TypeError as e:
    print("TypeError:", e)
