# Condition refuses wait/notify without its lock; a Condition may share a given Lock
import asyncio

async def main():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify_all()
    except RuntimeError as e:
        print("RuntimeError:", e)
    lock = asyncio.Lock()
    c1 = asyncio.Condition(lock)
    c2 = asyncio.Condition(lock=lock)
    await c1.acquire()
    print("shared:", lock.locked(), c1.locked(), c2.locked())
    text = repr(c2)
    print(text.startswith("<asyncio.locks.Condition object at 0x"), text[text.index("["):])
    c2.release()
    print("released via c2:", lock.locked(), c1.locked())
    try:
        c1.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
