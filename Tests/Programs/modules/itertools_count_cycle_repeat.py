# itertools.count, cycle and repeat: infinite iterators consumed lazily, with their reprs
from itertools import count, cycle, repeat, islice

# Numbering items, as enumerate would, but with a custom start and step.
for n, fruit in zip(count(1), ["apple", "banana", "cherry"]):
    print(n, fruit)
print(list(islice(count(10, 5), 4)))
print(list(islice(count(0.5, 0.25), 5)))
print(list(islice(count(3, -1), 5)))

c = count(5)
print(c, next(c), next(c), c)
print(count(2, 3), count(1.5), count(0, 1.0), count(start=7, step=1))
big = count(2**63 - 2)
print([next(big) for _ in range(3)], big)

# cycle saves the first pass and repeats it forever.
colors = cycle("RGB")
print("".join(next(colors) for _ in range(10)))
print(list(islice(cycle([1, 2]), 7)), list(cycle([])))

# Round-robin turns.
players = cycle(["Ann", "Bob", "Cid"])
for turn in range(5):
    print("turn", turn, "->", next(players))

r = repeat("ab", 3)
print(r, next(r), r)
print(list(r), r, list(r))
print(repeat(None), repeat(1, -5), repeat([1], times=2))
print(list(map(pow, range(6), repeat(2))))
print(list(zip("xyz", repeat(0))))
print(repeat(9, 4).__length_hint__())
try:
    repeat(9).__length_hint__()
except TypeError as e:
    print("TypeError:", e)
print(type(count()).__name__, type(cycle("")).__module__, iter(c) is c)
