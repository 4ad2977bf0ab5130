# call_later and call_at callbacks fire in time order; call_soon ones run before any timer
import asyncio

loop = asyncio.new_event_loop()

def cb(name):
    print("fire", name)

start = loop.time()
loop.call_later(0.03, cb, "later-0.03")
loop.call_later(0.01, cb, "later-0.01")
loop.call_at(start + 0.02, cb, "at-0.02")
loop.call_soon(cb, "soon")
loop.call_later(0, cb, "later-0")
loop.call_later(0.05, loop.stop)
loop.call_later(0.2, cb, "never")
loop.run_forever()
print("elapsed at least 0.05:", round(loop.time() - start, 2) >= 0.05)
loop.close()
