# calling an async def returns a coroutine object: its type, repr prefix and qualname
import asyncio

async def f():
    return 1

class C:
    async def m(self):
        return 2

c = f()
print(type(c))
print(type(c).__name__)
print(repr(c)[:len("<coroutine object f at 0x")])
m = C().m()
print(repr(m)[:len("<coroutine object C.m at 0x")])
print(c.__name__, c.__qualname__, m.__name__, m.__qualname__)
print(asyncio.iscoroutine(c), asyncio.iscoroutine(f), asyncio.iscoroutinefunction(f))
c.close()
m.close()
print("closed")
