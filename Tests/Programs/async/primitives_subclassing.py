# subclasses of asyncio's Queue, PriorityQueue, Lock, Event, Semaphore, Condition and Future
import asyncio

class CountingQueue(asyncio.Queue):
    def __init__(self, maxsize=0):
        super().__init__(maxsize)
        self.puts = 0
        self.gets = 0

    def put_nowait(self, item):
        self.puts += 1
        super().put_nowait(item)

    def get_nowait(self):
        self.gets += 1
        return super().get_nowait()

class Jobs(asyncio.PriorityQueue):
    def add(self, priority, name):
        self.put_nowait((priority, name))

class NamedLock(asyncio.Lock):
    def __init__(self, name):
        super().__init__()
        self.name = name

    def __repr__(self):
        return f"NamedLock({self.name!r}, locked={self.locked()})"

class Gate(asyncio.Event):
    def open(self):
        print("opening the gate")
        self.set()

class Pool(asyncio.Semaphore):
    def __init__(self, size):
        super().__init__(size)
        self.size = size

class Signal(asyncio.Condition):
    pass

class Promise(asyncio.Future):
    def resolve(self, value):
        self.set_result(value)

async def worker(pool, i, log):
    async with pool:
        log.append(f"start {i}")
        await asyncio.sleep(0.1)
        log.append(f"end {i}")

async def main():
    q = CountingQueue(maxsize=2)
    async def produce():
        for i in range(5):
            await q.put(i)
    async def consume():
        return [await q.get() for _ in range(5)]
    _, got = await asyncio.gather(produce(), consume())
    print(got, q.puts, q.gets, q.maxsize, isinstance(q, asyncio.Queue), type(q).__name__)

    jobs = Jobs()
    for priority, name in [(3, "low"), (1, "urgent"), (2, "normal")]:
        jobs.add(priority, name)
    print([jobs.get_nowait() for _ in range(3)])

    lock = NamedLock("db")
    print(lock)
    async with lock:
        print(lock, lock.name)

    gate = Gate()
    waiter = asyncio.create_task(gate.wait())
    await asyncio.sleep(0)
    gate.open()
    print("gate passed:", await waiter, gate.is_set())

    pool = Pool(2)
    log = []
    await asyncio.gather(*(worker(pool, i, log) for i in range(4)))
    print(pool.size, log)

    signal = Signal()
    async def wait_for_signal():
        async with signal:
            await signal.wait()
            return "signalled"
    t = asyncio.create_task(wait_for_signal())
    await asyncio.sleep(0)
    async with signal:
        signal.notify_all()
    print(await t, isinstance(signal, asyncio.Condition))

    p = Promise()
    asyncio.get_running_loop().call_later(0.1, p.resolve, "kept")
    print(await p, type(p).__name__, isinstance(p, asyncio.Future))
    p.note = "attributes work"
    print(p.note)

asyncio.run(main())
