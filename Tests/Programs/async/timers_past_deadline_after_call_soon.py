# a call_at deadline already in the past runs on the next iteration, after call_soon callbacks queued before it
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    loop.call_at(loop.time() - 10, log.append, "call_at past")
    loop.call_later(-1, log.append, "call_later negative")
    loop.call_soon(log.append, "call_soon")
    await asyncio.sleep(0)
    log.append("main after sleep(0)")
    await asyncio.sleep(0)
    print(log)

asyncio.run(main())
