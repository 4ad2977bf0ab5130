# cancelling a Handle or TimerHandle stops its callback from running
import asyncio

loop = asyncio.new_event_loop()

def cb(name):
    print("run", name)

h1 = loop.call_soon(cb, "h1")
h2 = loop.call_soon(cb, "h2")
t1 = loop.call_later(0.01, cb, "t1")
t2 = loop.call_later(0.02, cb, "t2")
print(type(h1).__name__, type(t1).__name__)
print(h2.cancelled(), t1.cancelled())
h2.cancel()
t1.cancel()
print(h2.cancelled(), t1.cancelled())
print(t2.when() - t1.when() > 0)
loop.call_later(0.03, loop.stop)
loop.run_forever()
loop.close()
print("done")
