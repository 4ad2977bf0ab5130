# Checks that sets iterate in CPython's table order: folded constant displays, set() from a
# list, dummy slots reused by add, pop's finger, resizes, merges and frozenset hashes
print({16, 1, 2, 3, 4}, set([16, 1, 2, 3, 4]))
x = 16
print({x, 1, 2, 3, 4}, {2, 3} | {9}, {3, 1})
print([v for v in {40, 8, 24, 0, 16}], list(frozenset([40, 8, 24, 0, 16])))
for v in {33, 1, 65}:
    print(v, end=" ")
print()
s = {0}
s.add(8)
s.add(16)
s.discard(0)
s.discard(16)
s.add(24)
print(s)
s = set(range(0, 100, 7))
print(s.pop(), s.pop(), s.pop(), len(s))
s &= {14, 21, 28, 70, 1000}
print(s, s.pop())
big = set()
for i in range(50):
    big.add(i * 37 % 101)
print(big)
print({*[5, 13, 21], 1, *{29, 37}})
print({1, 2, 3} ^ {3, 4, 12}, {100, 3, 36} - {3}, {8, 16, 24} & {24, 16, 1})
print({(1, 2), (2, 1), (0, 0)}, {1.5, -2.5, 0.25})
print(hash(frozenset({1, 2, 3})), hash(frozenset()), hash(frozenset({(1, 2), -1})))
