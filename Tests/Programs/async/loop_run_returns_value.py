# asyncio.run returns the coroutine's value, can be called repeatedly, and rejects non-coroutines
import asyncio

async def compute(x):
    await asyncio.sleep(0.01)
    return {"x": x, "sq": x * x}

print(asyncio.run(compute(3)))
print(asyncio.run(compute(4)))

async def nothing():
    pass

print(asyncio.run(nothing()))
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", e)
