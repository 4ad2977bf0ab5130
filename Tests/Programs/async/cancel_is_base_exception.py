# CancelledError derives from BaseException, so "except Exception" does not catch it
import asyncio

print(issubclass(asyncio.CancelledError, BaseException))
print(issubclass(asyncio.CancelledError, Exception))
print([c.__name__ for c in asyncio.CancelledError.__mro__])
print(asyncio.TimeoutError is TimeoutError, asyncio.CancelledError.__module__)

async def worker():
    try:
        try:
            await asyncio.sleep(1)
        except Exception as e:
            print("except Exception caught", type(e).__name__)
    except BaseException as e:
        print("except BaseException caught", type(e).__name__)
        raise

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except Exception:
        print("wrong")
    except asyncio.CancelledError:
        print("main caught CancelledError")

asyncio.run(main())
