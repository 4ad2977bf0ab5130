# itertools.chain, chain.from_iterable and zip_longest, including lazy and uneven inputs
from itertools import chain, zip_longest, count, islice

print(list(chain("abc", [1, 2], (3.5,), {"k": 0}, range(2))))
print(list(chain()), list(chain([], [], [])))
nested = [[1, 2], [3], [], [4, 5, 6]]
print(list(chain.from_iterable(nested)))
print(list(chain.from_iterable(["ab", "cd"])))

# chain.from_iterable reads its iterables one at a time, so it works on an endless supply.
squares = chain.from_iterable([n] * n for n in count(1))
print(list(islice(squares, 10)))

def source(name, n):
    print("open", name)
    yield from range(n)

lazy = chain(source("first", 2), source("second", 1))
print("made")
print(list(lazy))

c = chain([1], 5)
print(next(c))
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
print(list(c))

print(list(zip_longest("ABCD", "xy", fillvalue="-")))
print(list(zip_longest([1, 2], [3], [4, 5, 6])))
print(list(zip_longest()), list(zip_longest([], [])))
names = ["ann", "bob", "cid"]
scores = [90, 85]
for name, score in zip_longest(names, scores, fillvalue=0):
    print(f"{name:>5} {score:3}")
print(list(islice(zip_longest(count(), "ab"), 4)))
for bad in [lambda: zip_longest([1], fill=0), lambda: zip_longest(1), lambda: chain(x=1), lambda: chain.from_iterable()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
