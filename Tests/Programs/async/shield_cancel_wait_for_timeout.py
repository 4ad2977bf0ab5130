# wait_for(shield(task)) times out with TimeoutError but the shielded task keeps running to completion
import asyncio

async def important():
    await asyncio.sleep(0.1)
    print("important work finished")
    return "saved"

async def main():
    t = asyncio.create_task(important())
    try:
        await asyncio.wait_for(asyncio.shield(t), 0.01)
    except TimeoutError:
        print("timed out; task done:", t.done(), "cancelled:", t.cancelled())
    print("result:", await t)

asyncio.run(main())
