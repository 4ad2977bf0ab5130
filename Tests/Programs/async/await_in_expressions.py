# await inside call arguments, binary operators, f-strings and subscripts, evaluated left to right
import asyncio

async def val(name, v):
    print("eval", name)
    await asyncio.sleep(0)
    return v

async def main():
    print(await val("a", 1), await val("b", 2))
    x = 10 + await val("c", 5)
    print(x)
    y = await val("d", 3) * await val("e", 4) - 1
    print(y)
    print(f"value={await val('f', 'F')}!")
    d = {"k": [1, 2, 3]}
    print(d[await val("g", "k")][await val("h", 2)])
    print(-await val("i", 9), not await val("j", 0))
    t = (await val("k", 1), await val("l", 2))
    print(t)

asyncio.run(main())
