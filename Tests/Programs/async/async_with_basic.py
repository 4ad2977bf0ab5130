# async with awaits __aenter__, binds its result, and awaits __aexit__ with None arguments
import asyncio

class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        print("exit", self.name, exc_type, exc, tb)
        return False

async def main():
    async with Resource("db") as value:
        print("body got", value)
    async with Resource("plain"):
        print("body without as")
    async with Resource("outer") as a, Resource("inner") as b:
        print("body", a, b)

asyncio.run(main())
