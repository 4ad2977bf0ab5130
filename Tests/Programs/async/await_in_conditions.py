# await in if/elif/while conditions and in boolean short-circuit expressions
import asyncio

count = 0

async def below(n):
    global count
    await asyncio.sleep(0)
    count += 1
    return count < n

async def check(name, v):
    print("check", name)
    return v

async def main():
    while await below(4):
        print("loop", count)
    if await check("a", False):
        print("a")
    elif await check("b", True):
        print("b")
    else:
        print("else")
    r = await check("c", 0) and await check("d", 1)
    print("and ->", r)
    r = await check("e", 5) or await check("f", 6)
    print("or ->", r)
    print("ternary", "yes" if await check("g", 1) else "no")

asyncio.run(main())
