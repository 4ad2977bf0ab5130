# call_soon from inside a callback runs on the next loop iteration, after already-queued callbacks
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    def first():
        log.append("first")
        loop.call_soon(log.append, "scheduled by first")
    loop.call_soon(first)
    loop.call_soon(log.append, "second")
    loop.call_later(0, log.append, "call_later 0")
    await asyncio.sleep(0)
    log.append("main resumed")
    await asyncio.sleep(0)
    log.append("main resumed again")
    await asyncio.sleep(0.01)
    for item in log:
        print(item)

asyncio.run(main())
