# The cost of resuming a generator where CPython's locals are fastest, inside a function: a for
# loop over a generator that yields at once, and next() called on one, 3,000,000 times each.
def numbers(n):
    for i in range(n):
        yield i


def counter():
    i = 0
    while True:
        yield i
        i += 1


def main():
    total = 0
    for x in numbers(3_000_000):
        total += x
    g = counter()
    for _ in range(3_000_000):
        total += next(g)
    print("total:", total)


main()
