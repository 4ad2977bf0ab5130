# an ordinary exception raised inside a timeout block passes through unchanged
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.2) as cm:
            await asyncio.sleep(0.01)
            raise ValueError("inside")
    except ValueError as e:
        print("got", repr(e), "expired:", cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm:
            try:
                await asyncio.sleep(1)
            finally:
                raise KeyError("from finally")
    except KeyError as e:
        print("got", repr(e), "expired:", cm.expired())
        print("context:", type(e.__context__).__name__)

asyncio.run(main())
