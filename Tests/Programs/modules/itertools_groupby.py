# itertools.groupby: runs of equal keys, key functions, and groups invalidated when the groupby advances
from itertools import groupby

for key, group in groupby("AAAABBBCCDAABBB"):
    print(key, "".join(group))
print([k for k, _ in groupby("aabbbcdd")])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])

# Group records by a field; the input is sorted first so equal keys are adjacent.
people = [("ann", "dev"), ("bob", "ops"), ("cid", "dev"), ("dan", "ops"), ("eve", "qa")]
for dept, members in groupby(sorted(people, key=lambda p: p[1]), key=lambda p: p[1]):
    print(dept, [name for name, _ in members])

print([(k, list(g)) for k, g in groupby(range(10), key=lambda n: n // 3)])
print([(k, list(g)) for k, g in groupby([1, 3, 2, 4, 5, 7], key=lambda x: x % 2 == 0)])

# A group is only valid until the groupby moves on.
groups = [g for _, g in groupby("xxyyz")]
print([list(g) for g in groups])
gb = groupby("aaabbc")
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
print(list(next(gb)[1]), list(gb))

# Run-length encoding and decoding.
def encode(text):
    return [(ch, len(list(run))) for ch, run in groupby(text)]
encoded = encode("WWWWWWBWWWWBBB")
print(encoded)
print("".join(ch * n for ch, n in encoded))

print(list(groupby([])))
for bad in [lambda: groupby(), lambda: groupby(3), lambda: groupby([1], keyfunc=len)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
