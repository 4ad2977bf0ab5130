# a generator whose loop gets a non-iterable: CPython reports the whole for statement, so the
# traceback shows its line without a caret
def pairs(source):
    yield "start"
    for a, b in source:
        yield a + b


g = pairs(42)
print(next(g))
print(next(g))
