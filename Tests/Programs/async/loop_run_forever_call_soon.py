# run_forever runs call_soon callbacks in FIFO order, with their arguments, until stop()
import asyncio

loop = asyncio.new_event_loop()
log = []

def cb(name, *rest):
    print("cb", name, rest)
    if name == "b":
        loop.call_soon(cb, "scheduled-by-b")

loop.call_soon(cb, "a")
loop.call_soon(cb, "b", 1, 2)
loop.call_soon(cb, "c")
loop.call_soon(loop.stop)
loop.call_soon(cb, "d-after-stop")
loop.run_forever()
print("stopped once")
loop.call_soon(loop.stop)
loop.run_forever()
print("stopped twice")
loop.close()
