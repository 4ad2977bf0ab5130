# coil-only: asyncio.format_call_graph (Python 3.14) for a task in a TaskGroup; ids vary, so they are cut
import asyncio

def without_ids(text):
    text = text.replace(__file__, "FILE")
    return "\n".join(line.split(", id=")[0] for line in text.splitlines())

async def report():
    print(without_ids(asyncio.format_call_graph()))
    await asyncio.sleep(0)

async def middle():
    await report()

async def main():
    async with asyncio.TaskGroup() as group:
        group.create_task(middle(), name="reporter")
    print("---")
    await middle()

asyncio.run(main())
