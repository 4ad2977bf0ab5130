# itertools.tee: independent iterators over one input, read once and buffered
from itertools import tee, islice, count

def source():
    for n in range(5):
        print("  read", n)
        yield n

a, b = tee(source())
print(next(a), next(a))
print(list(b))
print(list(a))

x, y, z = tee([1, 2, 3], 3)
print(list(x), list(y), list(z))
print(tee("abc", 0), len(tee("abc", 5)), type(tee("q")[0]).__name__)

# Look ahead: compare each item with the next one.
items, ahead = tee([3, 8, 2, 9])
next(ahead, None)
print(list(zip(items, ahead)))

# tee over an endless iterator only buffers what the leader has read.
evens, odds = tee(count())
print(list(islice(evens, 0, 10, 2)), list(islice(odds, 1, 10, 2)))

# A copy made from a tee iterator starts where that iterator is.
p, = tee(iter("hello"), 1)
next(p)
q, r = tee(p)
print("".join(q), "".join(r))
t = tee([1, 2, 3])[0]
next(t)
print(list(t.__copy__()), list(t))

long_a, long_b = tee(range(200))
print(sum(long_a), sum(long_b))
for bad in [lambda: tee(), lambda: tee([1], -1), lambda: tee([1], "2"), lambda: tee(5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
