# heapq.heappush/heappop/heapify/heapreplace/heappushpop leave lists in exactly CPython's order
import heapq

heap = []
for n in [5, 3, 8, 1, 9, 2, 7, 4, 6, 0]:
    heapq.heappush(heap, n)
    print(heap)
print([heapq.heappop(heap) for _ in range(4)], heap)

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 12), data)
print(heapq.heappushpop(data, -1), data)
print(heapq.heappushpop(data, 5), data)
print(heapq.heappushpop([], 3))

words = ["pear", "fig", "apple", "kiwi", "banana", "date"]
heapq.heapify(words)
print(words)
print([heapq.heappop(words) for _ in range(len(words))])

# Heap sort.
def heapsort(iterable):
    h = []
    for value in iterable:
        heapq.heappush(h, value)
    return [heapq.heappop(h) for _ in range(len(h))]
print(heapsort([1, 3, 5, 7, 9, 2, 4, 6, 8, 0]))
big = list(range(100, 0, -3))
heapq.heapify(big)
print(big[:12])
floats = [2.5, -1.0, 3.25, 0.0, -7.5]
heapq.heapify(floats)
print(floats)
