# if the inner coroutine turns wait_for's cancellation into another exception, that exception propagates
import asyncio

async def converts():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise ValueError("converted")

async def main():
    try:
        await asyncio.wait_for(converts(), 0.01)
    except TimeoutError:
        print("TimeoutError")
    except ValueError as e:
        print("ValueError:", e, "context:", type(e.__context__).__name__)

asyncio.run(main())
