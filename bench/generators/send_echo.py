# Coroutine-style generators driven by send(), and yield from delegation.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            return total
        total += value


def delegate():
    result = yield from accumulator()
    yield result


acc = accumulator()
next(acc)
for i in range(200_000):
    acc.send(i)
outer = delegate()
next(outer)
for i in range(200_000):
    outer.send(i)
print("final:", outer.send(None))
