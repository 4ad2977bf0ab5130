# Making breakfast concurrently: tasks, gather, a timeout and a TaskGroup.
# Run it with `coil --clock virtual examples/breakfast.py` to skip the waiting.
import asyncio
import time


async def brew_coffee():
    print("coffee: brewing")
    await asyncio.sleep(3)
    print("coffee: ready")
    return "coffee"


async def fry_eggs(count):
    print(f"eggs: frying {count}")
    await asyncio.sleep(2)
    print("eggs: done")
    return f"{count} eggs"


async def toast(slices):
    for i in range(1, slices + 1):
        await asyncio.sleep(1)
        print(f"toast: slice {i} of {slices}")
    return f"{slices} toast"


async def burn_bacon():
    await asyncio.sleep(10)
    return "bacon"


async def main():
    start = time.perf_counter()
    dishes = await asyncio.gather(brew_coffee(), fry_eggs(2), toast(2))
    print("served:", ", ".join(dishes))

    try:
        async with asyncio.timeout(1.5):
            await burn_bacon()
    except TimeoutError:
        print("bacon: gave up after 1.5 seconds")

    async with asyncio.TaskGroup() as table:
        juice = table.create_task(asyncio.sleep(0.5, "juice"), name="juice")
        fruit = table.create_task(asyncio.sleep(0.25, "fruit"), name="fruit")
    print("also:", juice.result(), "and", fruit.result())
    print(f"breakfast took {time.perf_counter() - start:.1f} seconds")


asyncio.run(main())
