# Barrier.abort breaks waiting and later waits with BrokenBarrierError; reset empties it again
import asyncio

async def party(name, barrier):
    try:
        return await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print(name, "BrokenBarrierError:", e)
        return None

async def main():
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))
    barrier = asyncio.Barrier(3)
    tasks = [asyncio.create_task(party(n, barrier)) for n in "ab"]
    await asyncio.sleep(0.01)
    print("waiting:", barrier.n_waiting)
    await barrier.abort()
    print(await asyncio.gather(*tasks))
    text = repr(barrier)
    print("broken:", barrier.broken, text[text.index("["):], barrier.n_waiting)
    await party("late", barrier)
    await barrier.reset()
    text = repr(barrier)
    print("after reset:", barrier.broken, text[text.index("["):])
    tasks = [asyncio.create_task(party(n, barrier)) for n in "cd"]
    await asyncio.sleep(0.01)
    await barrier.reset()    # waiters present: they get BrokenBarrierError
    print(await asyncio.gather(*tasks))
    text = repr(barrier)
    print(text[text.index("["):])
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
