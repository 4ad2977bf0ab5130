# BoundedSemaphore refuses to go past its initial value; negative values are refused
import asyncio

async def main():
    sem = asyncio.BoundedSemaphore(2)
    print(type(sem).__name__, isinstance(sem, asyncio.Semaphore))
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    async with sem:
        async with sem:
            print("locked inside:", sem.locked())
        print("locked after one:", sem.locked())
    try:
        sem.release()
    except ValueError as e:
        print("ValueError:", e)
    for make in (asyncio.Semaphore, asyncio.BoundedSemaphore):
        try:
            make(-1)
        except ValueError as e:
            print(make.__name__, "ValueError:", e)
    s = asyncio.Semaphore(value=0)
    text = repr(s)
    print(text[text.index("["):])

asyncio.run(main())
