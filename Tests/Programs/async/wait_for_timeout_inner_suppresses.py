# if the inner coroutine swallows wait_for's cancellation and returns, wait_for returns that value
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner ignored the cancellation")
        await asyncio.sleep(0.01)
        return "late value"

async def main():
    try:
        result = await asyncio.wait_for(stubborn(), 0.01)
        print("wait_for returned", repr(result))
    except TimeoutError:
        print("TimeoutError")

asyncio.run(main())
