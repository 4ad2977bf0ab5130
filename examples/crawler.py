# A pretend web crawler: at most three fetches at once (a Semaphore), a time limit per page
# (wait_for), a page that fails, and a watchdog task cancelled at the end.
# `coil --clock virtual --timeline - examples/crawler.py` draws what each task did.
import asyncio
import random

PAGES = ["index", "about", "blog", "shop", "contact", "faq", "careers", "press"]


async def fetch(page, limit):
    async with limit:
        delay = random.uniform(0.2, 1.5)
        await asyncio.sleep(delay)
        if page == "shop":
            raise ConnectionError(f"{page}: connection reset")
        return page, round(delay, 2)


async def fetch_with_timeout(page, limit):
    try:
        return await asyncio.wait_for(fetch(page, limit), timeout=1.2)
    except asyncio.TimeoutError:
        return page, "timed out"


async def watchdog():
    while True:
        await asyncio.sleep(1)
        print("watchdog: still crawling")


async def main():
    random.seed(7)
    limit = asyncio.Semaphore(3)
    dog = asyncio.create_task(watchdog(), name="watchdog")
    tasks = [asyncio.create_task(fetch_with_timeout(p, limit), name=p) for p in PAGES]
    for page, outcome in zip(PAGES, await asyncio.gather(*tasks, return_exceptions=True)):
        print(f"{page:>8}: {outcome!r}")
    dog.cancel()


asyncio.run(main())
