# an exception raised by a loop callback goes to the loop exception handler, and the loop keeps going
import asyncio

def handler(loop, context):
    print("handler got:", repr(context.get("exception")), "keys:", sorted(k for k in context if k in ("exception", "message")))

def bad_callback():
    raise ValueError("in callback")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print("handler installed:", loop.get_exception_handler() is handler)
    loop.call_soon(bad_callback)
    loop.call_later(0.01, print, "later callback still runs")
    await asyncio.sleep(0.02)
    print("main finished")

asyncio.run(main())
