# wait_for with timeout 0 on a coroutine times out without running its body; a done task still returns
import asyncio

async def body(log):
    log.append("body ran")
    return "value"

async def main():
    log = []
    try:
        await asyncio.wait_for(body(log), 0)
    except TimeoutError:
        print("TimeoutError", log)
    t = asyncio.create_task(body(log))
    await asyncio.sleep(0)
    print(await asyncio.wait_for(t, 0), log)
    try:
        await asyncio.wait_for(asyncio.sleep(1), -5)
    except TimeoutError:
        print("negative timeout: TimeoutError")

asyncio.run(main())
