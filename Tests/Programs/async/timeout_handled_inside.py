# catching TimeoutError inside the task lets it retry with a new timeout and succeed
import asyncio

async def attempt(n):
    await asyncio.sleep(0.1 if n < 2 else 0.01)
    return f"attempt {n} ok"

async def main():
    for n in range(3):
        try:
            async with asyncio.timeout(0.05):
                print(await attempt(n))
                break
        except TimeoutError:
            print("attempt", n, "timed out")
    print("cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
