# awaiting a task that raised re-raises the same exception object each time
import asyncio

async def fail(n):
    await asyncio.sleep(0.01)
    raise KeyError(n)

async def main():
    t = asyncio.create_task(fail("k"))
    caught = []
    for _ in range(2):
        try:
            await t
        except KeyError as e:
            print("caught", repr(e))
            caught.append(e)
    print(caught[0] is caught[1], caught[0] is t.exception())

asyncio.run(main())
