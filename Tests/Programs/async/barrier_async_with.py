# async with Barrier gives the arrival index; a cancelled barrier waiter leaves the count
import asyncio

async def party(name, barrier, delay):
    await asyncio.sleep(delay)
    async with barrier as index:
        print(name, "index", index)

async def stuck(barrier):
    try:
        await barrier.wait()
    except asyncio.CancelledError:
        print("stuck cancelled; n_waiting now", barrier.n_waiting)
        raise

async def main():
    barrier = asyncio.Barrier(2)
    await asyncio.gather(party("p", barrier, 0.02), party("q", barrier, 0.01))
    t = asyncio.create_task(stuck(barrier))
    await asyncio.sleep(0.01)
    print("n_waiting", barrier.n_waiting)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("n_waiting", barrier.n_waiting, "broken", barrier.broken)
    await asyncio.gather(party("r", barrier, 0.01), party("s", barrier, 0.02))

asyncio.run(main())
