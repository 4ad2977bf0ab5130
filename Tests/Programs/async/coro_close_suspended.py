# close() on a suspended coroutine raises GeneratorExit inside it and runs its finally block
class Suspend:
    def __await__(self):
        yield "yielded-value"
        return "resumed"

async def f():
    try:
        print("start")
        r = await Suspend()
        print("never", r)
    except GeneratorExit:
        print("got GeneratorExit")
        raise
    finally:
        print("finally ran")

c = f()
print("send returned", c.send(None))
c.close()
print("after close")
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
c2 = f()
print(c2.send(None))
try:
    c2.send(None)
except StopIteration as e:
    print("StopIteration", e.value)
