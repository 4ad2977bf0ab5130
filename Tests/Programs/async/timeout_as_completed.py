# as_completed with a timeout yields results in completion order, then raises TimeoutError
import asyncio

async def job(v, delay):
    await asyncio.sleep(delay)
    return v

async def main():
    coros = [job("c", 0.4), job("a", 0.01), job("b", 0.05)]
    got = []
    try:
        for fut in asyncio.as_completed(coros, timeout=0.15):
            got.append(await fut)
    except TimeoutError as e:
        print("TimeoutError", repr(e))
    print(got)

asyncio.run(main())
