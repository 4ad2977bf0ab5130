# if __aenter__ raises, the body and __aexit__ do not run
import asyncio

class Broken:
    async def __aenter__(self):
        await asyncio.sleep(0)
        raise OSError("cannot open")

    async def __aexit__(self, *args):
        print("aexit should not run")

async def main():
    try:
        async with Broken() as b:
            print("body should not run")
    except OSError as e:
        print("caught", repr(e))

asyncio.run(main())
