# CancelledError can be created, raised and caught by user code like any exception class
import asyncio

print(repr(asyncio.CancelledError()), repr(asyncio.CancelledError("a", "b")))
e = asyncio.CancelledError("msg")
print(e.args, str(e), isinstance(e, BaseException), isinstance(e, Exception))

class Stop(asyncio.CancelledError):
    pass

async def main():
    try:
        raise asyncio.CancelledError
    except asyncio.CancelledError as err:
        print("bare class raised:", repr(err))
    try:
        raise Stop("custom")
    except asyncio.CancelledError as err:
        print("subclass caught:", type(err).__name__, err.args)
    try:
        await asyncio.sleep(0)
        raise asyncio.CancelledError("manual")
    except BaseException as err:
        print("caught as BaseException:", repr(err))
    print("task cancelling:", asyncio.current_task().cancelling())

asyncio.run(main())
