# driving a coroutine by hand: send(None) runs it and StopIteration carries the return value
async def inner():
    return 7

async def outer():
    v = await inner()
    return v * 6

c = outer()
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration value", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = outer()
try:
    c2.send(1)
except TypeError as e:
    print("TypeError:", e)
c2.close()
