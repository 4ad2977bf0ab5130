# An __await__ that yields a future must do it with `yield from` (through the future's own
# __await__): a bare `yield future`, or a yielded generator, is refused as asyncio's Task does.
import asyncio


class BareYield:
    def __init__(self, future):
        self.future = future

    def __await__(self):
        yield self.future


class YieldFrom:
    def __init__(self, future):
        self.future = future

    def __await__(self):
        return (yield from self.future)


class YieldsGenerator:
    def __await__(self):
        yield (x for x in [])


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    loop.call_later(0.01, future.set_result, "done")
    try:
        await BareYield(future)
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" in task")[0])
    print(await YieldFrom(future))
    try:
        await YieldsGenerator()
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" in task")[0])


asyncio.run(main())
