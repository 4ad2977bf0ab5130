# heapq errors: empty heaps, non-list heaps, wrong argument counts and incomparable items
import heapq

for call in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1)]:
    try:
        call()
    except IndexError as e:
        print("IndexError:", e)
for call in [lambda: heapq.heappush((), 1), lambda: heapq.heappop(()), lambda: heapq.heapify("abc"),
             lambda: heapq.heappush([]), lambda: heapq.heapify([], 1), lambda: heapq.heappop([1], 2),
             lambda: heapq.heapreplace([1]), lambda: heapq.heappushpop({}, 1), lambda: heapq.heappush([], 1, key=2)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
h = [1, 3]
try:
    heapq.heappush(h, "two")
except TypeError as e:
    print("TypeError:", e, h)
h = [{"a": 1}, {"b": 2}]
try:
    heapq.heapify(h)
except TypeError as e:
    print("TypeError:", e)

class Shrinker:
    def __init__(self, heap):
        self.heap = heap
    def __lt__(self, other):
        self.heap.clear()
        return True
heap = [0, 1, 2]
heap.append(Shrinker(heap))
try:
    heapq.heappush(heap, Shrinker(heap))
except RuntimeError as e:
    print("RuntimeError:", e)
print(heap)
