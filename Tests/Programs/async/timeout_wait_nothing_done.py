# asyncio.wait timing out before anything finishes returns an empty done set, no exception
import asyncio

async def main():
    t = asyncio.create_task(asyncio.sleep(0.2, result="r"))
    done, pending = await asyncio.wait({t}, timeout=0.01)
    print(len(done), len(pending), t in pending, t.done())
    done, pending = await asyncio.wait({t}, timeout=0.5, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), t.result())
    try:
        await asyncio.wait(set(), timeout=1)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
