# Checks enumerate with start, and zip with shortest stopping and strict mode
names = ["a", "b", "c"]
print(list(enumerate(names)))
print(list(enumerate(names, start=1)), list(enumerate("xy", 10)))
for i, n in enumerate(names, -1):
    print(i, n)
print(list(zip([1, 2, 3], "ab")))
print(list(zip()), list(zip([1, 2])), list(zip(range(3), range(10, 13), "xyz")))
print(dict(zip("abc", range(3))))
pairs = [(1, "one"), (2, "two")]
nums, words = zip(*pairs)
print(nums, words)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1], [2], strict=True)))
e = enumerate("ab")
print(next(e), next(e))
