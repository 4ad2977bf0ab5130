# Timeout state errors: reschedule() outside the block, entering twice; repr shows the state
import asyncio

async def main():
    cm = asyncio.timeout(1)
    print(repr(cm))
    try:
        cm.reschedule(2)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with cm:
        await asyncio.sleep(0)
    print(repr(cm))
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with asyncio.timeout(0.01) as late:
            await asyncio.sleep(1)
    except TimeoutError:
        print(repr(late))
    try:
        late.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
