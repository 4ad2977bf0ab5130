# Coroutines called without await: CPython warns where each was dropped, for asyncio's own
# coroutines (sleep, Queue.get, Lock.acquire, Event.wait, wait_for) as for an async def's,
# and for a coroutine dropped along with the one that held it. The program then fails, so the
# warnings are checked as its error output.
import asyncio


async def work():
    return 1


async def main():
    asyncio.sleep(1)
    queue = asyncio.Queue()
    queue.get()
    lock = asyncio.Lock()
    lock.acquire()
    asyncio.Event().wait()
    asyncio.wait_for(work(), 1)
    work()
    print("main went on")
    raise SystemExit(3)


asyncio.run(main())
