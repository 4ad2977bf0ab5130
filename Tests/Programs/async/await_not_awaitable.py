# awaiting something that is not awaitable raises TypeError naming its type
import asyncio

class BadAwait:
    def __await__(self):
        return 5

def plain():
    return 1

async def main():
    for obj in [3, None, "s", [1], plain]:
        try:
            await obj
        except TypeError as e:
            print("TypeError:", e)
    try:
        await BadAwait()
    except TypeError as e:
        print("TypeError:", e)
    try:
        await plain()
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
