# contextvars: ContextVar get/set/reset, tokens, copy_context, Context.run, and each task running in a copy of its creator's context
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")
user = contextvars.ContextVar("user")

async def log(message):
    await asyncio.sleep(0.01)
    print(f"[{request_id.get()}] {message}")

async def handle(n):
    request_id.set(f"req-{n}")
    await log("start")
    await asyncio.sleep(0.1 * (3 - n))
    await log("end")
    return request_id.get()

async def child():
    print("child sees", request_id.get(), user.get("anonymous"))
    request_id.set("changed-in-child")

async def main():
    print(await asyncio.gather(*(handle(i) for i in range(3))))
    print("main still", request_id.get())
    token = request_id.set("main-request")
    user.set("alice")
    await asyncio.create_task(child())
    print("main after child", request_id.get())
    request_id.reset(token)
    print("after reset", request_id.get())
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "inside-ctx")
    print("ctx has", ctx[request_id], "main has", request_id.get())
    t = asyncio.create_task(child(), context=ctx)
    await t
    print("ctx after task", ctx[request_id])
    async with asyncio.TaskGroup() as g:
        g.create_task(child())
    print(user.get())

asyncio.run(main())
print(request_id.get())
v = contextvars.ContextVar("v", default=1)
t = v.set(5)
print(t.var is v, t.old_value is contextvars.Token.MISSING, repr(contextvars.Token.MISSING))
v.reset(t)
try:
    v.reset(t)
except RuntimeError as e:
    print("RuntimeError:", str(e).split(" has ")[1])
try:
    user.get()
except LookupError as e:
    print("LookupError")
ctx = contextvars.copy_context()
print(type(ctx).__name__, len(ctx), v in ctx, user in ctx)
def f(a):
    user.set(a)
    return user.get()
print(ctx.run(f, "bob"), ctx[user], ctx.get(v, "dflt"), list(ctx.values()))
try:
    ctx.run(lambda: ctx.run(print))
except RuntimeError as e:
    print("RuntimeError:", str(e).startswith("cannot enter context: <_contextvars.Context object at"))
try:
    contextvars.ContextVar()
except TypeError as e:
    print(e)
print(len(contextvars.Context()))
