# __aexit__ runs when the body returns; an object without __aenter__ gives a TypeError
import asyncio

class Ctx:
    async def __aenter__(self):
        print("enter")
        return self

    async def __aexit__(self, *args):
        print("exit", args)

async def body():
    async with Ctx():
        return "returned from body"

class SyncOnly:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass

async def main():
    print(await body())
    try:
        async with SyncOnly():
            pass
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
