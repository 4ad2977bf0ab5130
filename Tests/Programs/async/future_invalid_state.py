# InvalidStateError from reading an unfinished Future or completing a finished one
import asyncio

async def main():
    f = asyncio.get_running_loop().create_future()
    for name, call in [("result", f.result), ("exception", f.exception)]:
        try:
            call()
        except asyncio.InvalidStateError as e:
            print(name, "->", type(e).__name__, e)
    f.set_result(1)
    for name, call in [("set_result", lambda: f.set_result(2)),
                       ("set_exception", lambda: f.set_exception(ValueError()))]:
        try:
            call()
        except asyncio.InvalidStateError as e:
            print(name, "->", type(e).__name__, e)
    print(f.result())
    print(f.cancel(), f.cancelled())
    print(issubclass(asyncio.InvalidStateError, Exception))

asyncio.run(main())
