# Lock.acquire returns True, release of an unlocked Lock raises RuntimeError, reprs show state
import asyncio

def state(lock):
    text = repr(lock)
    return text[text.index("["):]

async def main():
    lock = asyncio.Lock()
    print(repr(lock).startswith("<asyncio.locks.Lock object at 0x"), state(lock))
    print(await lock.acquire(), lock.locked(), state(lock))
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(state(lock))
    lock.release()
    print(lock.locked(), state(lock))
    print(await waiter, lock.locked(), state(lock))
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with lock as value:
        print("as value:", value, lock.locked())
    print(lock.locked())
    try:
        asyncio.Lock(1)
    except TypeError as e:
        print("TypeError:", e)
    print(type(lock).__name__, type(lock).__module__)

asyncio.run(main())
