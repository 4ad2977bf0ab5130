# several tasks awaiting one Future all resume, in the order they started waiting
import asyncio

async def waiter(name, fut):
    print(name, "waiting")
    v = await fut
    print(name, "got", v)
    return name

async def main():
    fut = asyncio.get_running_loop().create_future()
    tasks = [asyncio.create_task(waiter(n, fut)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0.01)
    print("setting")
    fut.set_result(7)
    print(await asyncio.gather(*tasks))

asyncio.run(main())
