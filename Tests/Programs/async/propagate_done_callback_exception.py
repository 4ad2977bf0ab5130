# an exception in a done callback does not affect the future or other callbacks
import asyncio

def handler(loop, context):
    print("handler:", repr(context["exception"]))

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    fut = loop.create_future()
    def bad(f):
        raise TypeError("callback failed")
    fut.add_done_callback(bad)
    fut.add_done_callback(lambda f: print("second callback sees", f.result()))
    fut.set_result("ok")
    await asyncio.sleep(0)
    print("future result:", fut.result())

asyncio.run(main())
