# Future done callbacks run via call_soon after completion, even when added to a done future
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(lambda fut: print("cb1", fut.result()))
    f.add_done_callback(lambda fut: print("cb2", fut is f))
    print("setting result")
    f.set_result("R")
    print("result set, callbacks pending")
    await asyncio.sleep(0)
    print("after one loop turn")
    f.add_done_callback(lambda fut: print("cb3 on done future"))
    print("cb3 added")
    await asyncio.sleep(0)
    g = loop.create_future()
    g.add_done_callback(lambda fut: print("cancelled cb", fut.cancelled()))
    g.cancel()
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
