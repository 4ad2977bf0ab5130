# exceptions raised inside async generators, PEP 479, cleanup that awaits, tracebacks
import asyncio

async def failing():
    yield 1
    await asyncio.sleep(0)
    raise KeyError("missing")

async def leaks_stop():
    yield 1
    raise StopAsyncIteration

async def cleanup_awaits():
    try:
        yield "working"
    finally:
        await asyncio.sleep(0.5)
        print("cleaned up after an await")

async def main():
    try:
        async for x in failing():
            print("got", x)
    except KeyError as e:
        print("KeyError", e)
    try:
        async for x in leaks_stop():
            print("got", x)
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", repr(e.__cause__))
    c = cleanup_awaits()
    print(await anext(c))
    await c.aclose()
    print("closed")
    try:
        async for x in failing():
            print("about to fail", x)
    except KeyError as e:
        print("failed late:", repr(e))

asyncio.run(main())
