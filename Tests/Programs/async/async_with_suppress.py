# __aexit__ receives the exception; returning True suppresses it, a falsy value lets it propagate
import asyncio

class Guard:
    def __init__(self, suppress):
        self.suppress = suppress

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("aexit", exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        await asyncio.sleep(0)
        return self.suppress

async def main():
    async with Guard(True):
        await asyncio.sleep(0.01)
        raise ValueError("swallowed")
    print("continued after suppression")
    try:
        async with Guard(None):
            raise KeyError("kept")
    except KeyError as e:
        print("propagated", repr(e))
    async with Guard(1):
        raise RuntimeError("truthy suppresses")
    print("end")

asyncio.run(main())
