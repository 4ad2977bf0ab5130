# Checks sorted() with key and reverse on various iterables, and stability
data = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22)]
print(sorted(data))
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
print(sorted(data, key=lambda p: (-p[1], p[0])))
print(sorted("Hello World"), sorted("Hello World", key=str.lower))
print(sorted({3: "c", 1: "a"}.items()), sorted(set([5, 3, 9])))
print(sorted([]), sorted([1]), sorted([2.5, 1, True, -3]))
print(sorted([[3, 1], [1, 2], [1]]))
print(sorted(["10", "9", "100"], key=int), sorted(["10", "9", "100"]))
try:
    sorted([1, None])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1], key=1)
except TypeError as e:
    print(type(e).__name__, e)
