# Semaphore(3) lets at most three tasks in at once; the rest enter in FIFO order
import asyncio

running = 0
most = 0
order = []

async def job(i, sem):
    global running, most
    async with sem:
        running += 1
        most = max(most, running)
        order.append(i)
        await asyncio.sleep(0.01 * (i % 4 + 1))
        running -= 1

async def main():
    sem = asyncio.Semaphore(3)
    await asyncio.gather(*(job(i, sem) for i in range(10)))
    print("max concurrent:", most)
    print("entry order:", order)
    print("locked:", sem.locked())

asyncio.run(main())
