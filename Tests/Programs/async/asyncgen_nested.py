# async generators that iterate other async generators and sync generators, with awaits between
import asyncio

async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i

async def squares(source):
    async for x in source:
        yield x * x

async def pairs(source):
    buffer = []
    async for x in source:
        buffer.append(x)
        if len(buffer) == 2:
            yield tuple(buffer)
            buffer = []
    if buffer:
        yield tuple(buffer)

def evens(limit):
    for i in range(0, limit, 2):
        yield i

async def from_sync(limit):
    for x in evens(limit):
        await asyncio.sleep(0)
        yield x

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0.01)
        return self.n

async def main():
    async for p in pairs(squares(numbers(5))):
        print(p)
    async for x in from_sync(7):
        print("even", x)
    async for x in squares(Ticker(3)):
        print("ticker squared", x)
    total = 0
    async for x in numbers(100):
        total += x
    print("total", total)

asyncio.run(main())
