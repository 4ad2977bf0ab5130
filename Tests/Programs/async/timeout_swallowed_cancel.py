# if the body swallows the timeout's CancelledError no TimeoutError is raised, yet expired() is True
import asyncio

async def main():
    async with asyncio.timeout(0.01) as cm:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("swallowed the cancellation")
        print("body goes on, cancelling:", asyncio.current_task().cancelling())
    print("left block without error, expired:", cm.expired())
    print("cancelling after:", asyncio.current_task().cancelling())

asyncio.run(main())
