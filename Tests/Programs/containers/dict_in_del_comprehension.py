# Checks membership, del, len and dict comprehensions
d = {n: n * n for n in range(6)}
print(d)
print(3 in d, 9 in d, 9 not in d)
del d[0]
print(d, len(d))
try:
    del d[100]
except KeyError as e:
    print(type(e).__name__, e)
evens = {k: v for k, v in d.items() if k % 2 == 0}
print(evens)
inverted = {v: k for k, v in d.items()}
print(inverted)
print({c: ord(c) for c in "abc"})
print({x % 3: x for x in range(10)})
