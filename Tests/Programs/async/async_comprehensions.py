# asynchronous comprehensions: async for clauses and await in list, set and dict comprehensions and generator expressions
import asyncio

async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i

async def double(x):
    await asyncio.sleep(0.01)
    return x * 2

async def main():
    print([x async for x in numbers(5)])
    print([x * y async for x in numbers(3) for y in range(2) if y])
    print({x % 3 async for x in numbers(7)})
    print({x: await double(x) async for x in numbers(3)})
    print([await double(x) for x in range(4)])
    print([await double(x) for x in range(6) if await double(x) > 4])
    gen = (x * 10 async for x in numbers(3))
    print(type(gen).__name__)
    print([y async for y in gen])
    agen = (await double(x) for x in [1, 2])
    print(type(agen).__name__, [v async for v in agen])
    print(sum([await double(i) for i in range(3)]))
    nested = [[y async for y in numbers(x)] for x in range(3)]
    print(nested)
    scale = 3
    print([x * scale async for x in numbers(3)])
    try:
        print([1 / x async for x in numbers(2)])
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

asyncio.run(main())
