# Checks list.reverse in place, reversed() iterators and sorted() copies
a = [1, 2, 3, 4]
a.reverse()
print(a)
print(list(reversed(a)), a)
print(list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(5))))
r = reversed([10, 20])
print(next(r), next(r), next(r, "done"))
print(sorted([3, 1, 2]), sorted("cab"), sorted((9, 8)), sorted({3: 0, 1: 0}))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
b = [5, 4]
c = sorted(b)
print(b, c, b is c)
print(list(reversed({"x": 1, "y": 2})))
