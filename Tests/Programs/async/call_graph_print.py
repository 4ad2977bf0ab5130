# coil-only: asyncio.print_call_graph (Python 3.14) for a task, a gather and a plain future, to a file object
import asyncio

class Lines:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
    def show(self):
        text = "".join(self.parts).replace(__file__, "FILE")
        for line in text.splitlines():
            print(line.split("id=")[0] + "id=...)" if "id=" in line else line)
        self.parts = []

async def child(n):
    await asyncio.sleep(n)

async def parent(out):
    await asyncio.gather(child(1), child(2))

async def main():
    out = Lines()
    task = asyncio.create_task(parent(out), name="parent")
    await asyncio.sleep(0.5)
    for t in sorted(asyncio.all_tasks(), key=lambda t: t.get_name()):
        if t.get_name().startswith("Task-") and t is not asyncio.current_task():
            asyncio.print_call_graph(t, file=out)
            out.show()
    fut = asyncio.get_running_loop().create_future()
    asyncio.print_call_graph(fut, file=out)
    out.show()
    asyncio.print_call_graph(file=out, limit=0)
    out.show()
    await task

asyncio.run(main())
