# 200 tasks contend for one Lock (FIFO hand-offs), a Semaphore(8) and a Condition, 500 rounds each.
import asyncio


async def locker(lock, state, rounds):
    for _ in range(rounds):
        async with lock:
            value = state[0]
            await asyncio.sleep(0)
            state[0] = value + 1


async def limited(sem, state, rounds):
    for _ in range(rounds):
        async with sem:
            state[1] += 1
            await asyncio.sleep(0)


async def notified(cond, state, rounds):
    for _ in range(rounds):
        async with cond:
            await cond.wait_for(lambda: state[2] > 0)
            state[2] -= 1


async def notifier(cond, state, total):
    for _ in range(total):
        async with cond:
            state[2] += 1
            cond.notify()
        await asyncio.sleep(0)


async def main():
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(8)
    cond = asyncio.Condition()
    state = [0, 0, 0]
    await asyncio.gather(*(locker(lock, state, 100) for _ in range(200)))
    await asyncio.gather(*(limited(sem, state, 500) for _ in range(200)))
    await asyncio.gather(notifier(cond, state, 20_000), *(notified(cond, state, 200) for _ in range(100)))
    print("lock count:", state[0], "semaphore count:", state[1], "condition left:", state[2])


asyncio.run(main())
