# __cause__ and __context__ set inside a task survive propagation through await
import asyncio

async def lowest():
    await asyncio.sleep(0)
    return {}["missing"]

async def middle():
    try:
        await lowest()
    except KeyError as e:
        raise ValueError("wrapped") from e

async def top():
    try:
        await middle()
    except ValueError:
        raise RuntimeError("during handling")

async def main():
    try:
        await asyncio.create_task(top())
    except RuntimeError as e:
        print(repr(e))
        ctx = e.__context__
        print("context:", repr(ctx), "cause:", repr(ctx.__cause__))
        print("suppress_context:", e.__suppress_context__, ctx.__suppress_context__)

asyncio.run(main())
