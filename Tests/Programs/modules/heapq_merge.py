# heapq.merge: lazily merges sorted inputs, with key= and reverse=, keeping equal items in input order
import heapq

print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([1, 3, 5], [], [2, 2, 6, 10, 12])))
print(list(heapq.merge("acf", "bde")))
print(list(heapq.merge([9, 5, 1], [8, 4], reverse=True)))
words_a = ["fig", "kiwi", "banana"]
words_b = ["egg", "plum", "cherry"]
print(list(heapq.merge(words_a, words_b, key=len)))
print(list(heapq.merge([(1, "a"), (3, "a")], [(1, "b"), (2, "b")], key=lambda t: t[0])))
print(list(heapq.merge()), list(heapq.merge([5])))

def numbers(name, values):
    for v in values:
        print(f"  {name} gives {v}")
        yield v

merged = heapq.merge(numbers("x", [1, 4]), numbers("y", [2, 3]))
print("created")
print(next(merged))
print(list(merged))

# Merge sorted log files by timestamp.
log1 = [("09:00", "start"), ("09:05", "load"), ("09:30", "stop")]
log2 = [("09:02", "ping"), ("09:05", "pong")]
for time, event in heapq.merge(log1, log2):
    print(time, event)
print(type(heapq.merge()).__name__)
try:
    list(heapq.merge([1], 2))
except TypeError as e:
    print("TypeError:", e)
try:
    heapq.merge([1], order=1)
except TypeError as e:
    print("TypeError:", e)
