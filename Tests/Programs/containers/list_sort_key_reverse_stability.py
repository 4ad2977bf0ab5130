# Checks list.sort with key and reverse, and that sorting is stable
words = ["banana", "Apple", "cherry", "date", "fig", "apple", "Elder"]
w = words[:]
w.sort()
print(w)
w.sort(key=str.lower)
print(w)
w.sort(key=len)
print(w)
w.sort(key=len, reverse=True)
print(w)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "y"), (3, "c"), (2, "c")]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
nums = [5, -3, 2.5, 0, -10, 7]
nums.sort()
print(nums)
nums.sort(reverse=True)
print(nums)
print(nums.sort())
try:
    [1, "a", 2].sort()
except TypeError as e:
    print(type(e).__name__, e)
