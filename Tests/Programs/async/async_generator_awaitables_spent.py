# The awaitables an async generator's methods return can be awaited once: awaiting one again
# raises RuntimeError naming the kind, as CPython does.
import asyncio


async def numbers():
    yield 1
    yield 2


async def main():
    gen = numbers()
    step = gen.__anext__()
    print(await step)
    try:
        await step
    except RuntimeError as e:
        print("RuntimeError:", e)
    thrown = gen.athrow(ValueError)
    try:
        await thrown
    except ValueError:
        print("ValueError came back out")
    try:
        await thrown
    except RuntimeError as e:
        print("RuntimeError:", e)
    other = numbers()
    await anext(other)
    closing = other.aclose()
    await closing
    try:
        await closing
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
