# asyncio.run returns main's value and re-raises main's exception to the caller
import asyncio

async def good():
    await asyncio.sleep(0)
    return {"answer": 42}

async def bad():
    await asyncio.sleep(0)
    raise LookupError("from main")

print(asyncio.run(good()))
try:
    asyncio.run(bad())
except LookupError as e:
    print("caught outside run:", repr(e))

async def cancels_itself():
    asyncio.current_task().cancel()
    await asyncio.sleep(0)

try:
    asyncio.run(cancels_itself())
except asyncio.CancelledError:
    print("run raised CancelledError")
print("done")
