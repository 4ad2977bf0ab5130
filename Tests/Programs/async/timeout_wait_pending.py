# asyncio.wait with a timeout returns done and pending sets and does not cancel the pending tasks
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    tasks = [asyncio.create_task(job(n, d), name=n)
             for n, d in [("slow", 0.3), ("fast", 0.01), ("medium", 0.02)]]
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    print("done:", sorted(t.result() for t in done))
    print("pending:", sorted(t.get_name() for t in pending))
    print("pending cancelled:", [t.cancelled() for t in pending])
    done2, pending2 = await asyncio.wait(pending)
    print("later:", [t.result() for t in done2], len(pending2))

asyncio.run(main())
