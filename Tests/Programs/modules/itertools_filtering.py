# itertools.takewhile, dropwhile, filterfalse, compress, starmap and pairwise
from itertools import takewhile, dropwhile, filterfalse, compress, starmap, pairwise, count

readings = [1, 4, 6, 4, 1, 7]
print(list(takewhile(lambda x: x < 5, readings)))
print(list(dropwhile(lambda x: x < 5, readings)))
print(list(takewhile(lambda x: x < 10, count(7))))
print(list(filterfalse(lambda x: x % 2, range(10))))
print(list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print(list(compress(range(10), (n % 3 == 0 for n in count()))))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(starmap(lambda *args: "-".join(args), ["ab", ("x", "y", "z")])))
print(list(pairwise("ABCDE")), list(pairwise([1])), list(pairwise([])))

# Skip a file's comment header, then stop at the first blank line.
lines = ["# header", "# more", "data 1", "data 2", "", "trailer"]
body = takewhile(lambda s: s != "", dropwhile(lambda s: s.startswith("#"), lines))
print(list(body))

# Differences between consecutive readings.
temps = [12, 15, 14, 19, 23]
print([b - a for a, b in pairwise(temps)])

# takewhile stops for good once its predicate fails.
tw = takewhile(lambda x: x > 0, iter([3, 2, 0, 5, 6]))
print(list(tw), list(tw))

def checked(x):
    print("  check", x)
    return x < 3
print(list(dropwhile(checked, [1, 2, 3, 1, 0])))

for bad in [lambda: takewhile(len), lambda: dropwhile(len, [1], 2), lambda: filterfalse(None),
            lambda: compress([1]), lambda: starmap(pow), lambda: pairwise(), lambda: filterfalse(x=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    list(starmap(pow, [1, 2]))
except TypeError as e:
    print("TypeError:", e)
