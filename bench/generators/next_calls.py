# The cost of resuming a generator: a for loop over a generator that yields at once, and
# next() called on one explicitly, 2,000,000 times each.
def ones(n):
    for _ in range(n):
        yield 1


def counter():
    i = 0
    while True:
        yield i
        i += 1


total = 0
for x in ones(2_000_000):
    total += x
g = counter()
for _ in range(2_000_000):
    total += next(g)
print("total:", total)
