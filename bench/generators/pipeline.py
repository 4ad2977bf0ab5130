# A pipeline of generators: numbers flow through filter, map and window stages.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(source):
    for x in source:
        if x % 2 == 0:
            yield x


def squares(source):
    for x in source:
        yield x * x


def windows(source, size):
    window = []
    for x in source:
        window.append(x)
        if len(window) == size:
            yield sum(window)
            window = []


total = 0
for w in windows(squares(evens(numbers(600_000))), 4):
    total += w
print("total:", total)
print("genexpr:", sum(x * 3 for x in range(300_000) if x % 3))
