# a cancelled TimerHandle never fires; when() reports its deadline relative to loop.time()
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fired = []
    start = loop.time()
    h1 = loop.call_later(0.02, fired.append, "h1")
    h2 = loop.call_later(0.01, fired.append, "h2")
    h3 = loop.call_at(start + 0.2, fired.append, "h3")
    print(type(h1).__name__, round(h1.when() - start, 2), round(h3.when() - start, 2))
    h2.cancel()
    h2.cancel()
    print("h2 cancelled:", h2.cancelled(), "h1 cancelled:", h1.cancelled())
    await asyncio.sleep(0.05)
    h3.cancel()
    await asyncio.sleep(0.2)
    print(fired)
    h1.cancel()
    print("h1 cancelled after firing:", h1.cancelled())

asyncio.run(main())
