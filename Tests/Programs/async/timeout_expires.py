# asyncio.timeout expiring cancels the block's await and turns it into TimeoutError outside the block
import asyncio

async def main():
    cm = asyncio.timeout(0.02)
    print("expired before:", cm.expired())
    try:
        async with cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError as e:
                print("inside: CancelledError", e.args)
                raise
            print("not reached")
    except TimeoutError as e:
        print("outside:", type(e).__name__, repr(e), e.args)
        print("is asyncio.TimeoutError:", isinstance(e, asyncio.TimeoutError))
        print("cause:", type(e.__cause__).__name__, "context:", type(e.__context__).__name__)
    print("expired after:", cm.expired())
    print("cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
