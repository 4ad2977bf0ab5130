# Barrier(3) releases its tasks together once the third arrives; each gets a distinct index
import asyncio

def state(b):
    text = repr(b)
    return text[text.index("["):]

async def party(name, barrier, delay):
    await asyncio.sleep(delay)
    print(name, "arrives; waiting before:", barrier.n_waiting)
    index = await barrier.wait()
    print(name, "passes with index", index)
    return index

async def main():
    barrier = asyncio.Barrier(3)
    print(repr(barrier).startswith("<asyncio.locks.Barrier object at 0x"), state(barrier))
    print("parties", barrier.parties, "broken", barrier.broken)
    tasks = [
        asyncio.create_task(party("slow", barrier, 0.06)),
        asyncio.create_task(party("fast", barrier, 0.02)),
        asyncio.create_task(party("mid", barrier, 0.04)),
    ]
    await asyncio.sleep(0.05)
    print(state(barrier))
    print(await asyncio.gather(*tasks))
    print(state(barrier))
    # the barrier can be used again
    print(sorted(await asyncio.gather(*(party(n, barrier, 0) for n in "xyz"))))

asyncio.run(main())
