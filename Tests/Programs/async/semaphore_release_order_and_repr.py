# Semaphore.release wakes waiters first-come first-served; repr shows value and waiters
import asyncio

def state(sem):
    text = repr(sem)
    return text[text.index("["):]

async def taker(name, sem):
    await sem.acquire()
    print(name, "acquired")

async def main():
    sem = asyncio.Semaphore(2)
    print(repr(sem).startswith("<asyncio.locks.Semaphore object at 0x"), state(sem))
    print(await sem.acquire(), state(sem), sem.locked())
    await sem.acquire()
    print(state(sem), sem.locked())
    tasks = [asyncio.create_task(taker(n, sem)) for n in "xyz"]
    await asyncio.sleep(0)
    print(state(sem))
    sem.release()
    sem.release()
    print("after two releases:", state(sem))
    await asyncio.sleep(0)
    print(state(sem))
    sem.release()
    await asyncio.gather(*tasks)
    sem.release()
    print(state(sem), sem.locked())
    sem.release()
    sem.release()
    print("plain Semaphore can exceed its start:", state(sem))
    print(asyncio.Semaphore().locked(), asyncio.Semaphore(0).locked())

asyncio.run(main())
