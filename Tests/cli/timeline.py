# Tests/cli/run draws this run with --timeline: six tasks that finish, fail, are cancelled.
import asyncio

async def fetch(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(f"{name} failed")
    return name

async def forever():
    await asyncio.sleep(3600)

async def main():
    idle = asyncio.create_task(forever(), name="idle")
    results = await asyncio.gather(
        fetch("a", 1), fetch("b", 2), fetch("c", 1.5, fail=True), return_exceptions=True)
    print(results)
    idle.cancel()
    try:
        await idle
    except asyncio.CancelledError:
        print("idle cancelled")
    async with asyncio.timeout(0.5):
        await asyncio.create_task(fetch("d", 0.2), name="last")

asyncio.run(main())
