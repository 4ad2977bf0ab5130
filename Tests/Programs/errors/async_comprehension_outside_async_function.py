# An asynchronous comprehension in a plain function is a SyntaxError, reported at the
# comprehension with CPython's message.
async def numbers():
    yield 1


def collect():
    return [x async for x in numbers()]
