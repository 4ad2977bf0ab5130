# the Task-N counter keeps counting across asyncio.run calls (run also makes two shutdown tasks)
import asyncio

async def noop():
    await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(noop())
    print(asyncio.current_task().get_name(), t.get_name())
    await t

asyncio.run(main())
asyncio.run(main())
loop = asyncio.new_event_loop()
t = loop.create_task(noop())
print(t.get_name())
loop.run_until_complete(t)
loop.close()
asyncio.run(main())
