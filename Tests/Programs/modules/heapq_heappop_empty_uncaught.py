# popping from an empty heap at the top level prints CPython's traceback and IndexError message
import heapq
queue = [4, 1]
heapq.heapify(queue)
while True:
    print("next", heapq.heappop(queue))
