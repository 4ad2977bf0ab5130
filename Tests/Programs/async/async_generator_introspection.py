# An async generator's ag_frame, ag_code, ag_running and ag_await, and the kinds of the
# awaitables its methods return.
import asyncio


async def inner():
    yield 1
    yield 2


async def main():
    gen = inner()
    for attr in ("ag_running", "ag_frame", "ag_code", "ag_await", "__name__", "__qualname__"):
        print(attr, type(getattr(gen, attr)).__name__)
    print(gen.ag_code.co_name, gen.ag_frame.f_lineno)
    await anext(gen)
    print(gen.ag_frame.f_lineno, gen.ag_running)
    step = gen.__anext__()
    thrown = gen.athrow(ValueError)
    print(type(step).__name__, type(thrown).__name__)
    print(await step)
    try:
        await step
    except RuntimeError as e:
        print("RuntimeError:", e)
    await gen.aclose()
    print(gen.ag_frame)


asyncio.run(main())
