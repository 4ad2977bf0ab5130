# coil-only: two tasks await each other, so neither can finish
import asyncio

tasks = {}

async def ping():
    await asyncio.sleep(0)
    await tasks["pong"]

async def pong():
    await asyncio.sleep(0)
    await tasks["ping"]

async def main():
    tasks["ping"] = asyncio.create_task(ping(), name="ping")
    tasks["pong"] = asyncio.create_task(pong(), name="pong")
    await tasks["ping"]

asyncio.run(main())
