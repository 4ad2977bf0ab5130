# with nested timeouts only the one whose deadline passed raises TimeoutError and reports expired()
import asyncio

async def main():
    try:
        async with asyncio.timeout(0.5) as outer:
            try:
                async with asyncio.timeout(0.01) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timed out:", inner.expired(), "outer expired:", outer.expired())
            await asyncio.sleep(0.01)
            print("outer body continues")
    except TimeoutError:
        print("wrong")
    try:
        async with asyncio.timeout(0.01) as outer:
            try:
                async with asyncio.timeout(0.5) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("wrong: inner")
    except TimeoutError:
        print("outer timed out:", outer.expired(), "inner expired:", inner.expired())

asyncio.run(main())
