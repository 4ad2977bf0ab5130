# coil-only: asyncio.capture_call_graph (Python 3.14) on a task parked in await, through gather
import asyncio

async def leaf(delay):
    await asyncio.sleep(delay)
    return delay

async def branch(delay):
    value = await leaf(delay)
    return value

def describe(graph, level=0):
    future = graph.future
    name = future.get_name() if isinstance(future, asyncio.Task) else type(future).__name__
    print("    " * level + name)
    for entry in graph.call_stack:
        frame = entry.frame
        print("    " * level + f"  {frame.f_code.co_qualname} line {frame.f_lineno} of {frame.f_code.co_filename.rsplit('/', 1)[-1]}")
    for parent in graph.awaited_by:
        describe(parent, level + 1)

async def main():
    worker = asyncio.create_task(branch(2), name="worker")
    gathering = asyncio.gather(worker, asyncio.sleep(1))
    waiter = asyncio.create_task(asyncio.wait_for(gathering, 5), name="waiter")
    await asyncio.sleep(0.5)
    describe(asyncio.capture_call_graph(worker))
    print(type(asyncio.capture_call_graph(worker)).__name__)
    print(len(asyncio.capture_call_graph(worker, limit=1).call_stack))
    print([e.frame.f_code.co_name for e in asyncio.capture_call_graph(worker, limit=-1).call_stack])
    print(len(asyncio.capture_call_graph(worker, limit=0).call_stack))
    print(await waiter)

asyncio.run(main())
try:
    asyncio.capture_call_graph()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.capture_call_graph(42)
except TypeError as e:
    print("TypeError:", e)
