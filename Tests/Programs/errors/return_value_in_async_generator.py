# An async generator may not return a value: CPython refuses it when compiling, even when the
# yield comes after the return.
async def numbers():
    if False:
        return 42
    yield 1
