# several tasks looping over sleep(0) interleave round-robin, one step each per loop iteration
import asyncio

async def spinner(name, steps, log):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)

async def main():
    log = []
    await asyncio.gather(spinner("a", 3, log), spinner("b", 2, log), spinner("c", 4, log))
    print(" ".join(log))

asyncio.run(main())
