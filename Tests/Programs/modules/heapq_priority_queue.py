# heapq as a priority queue: tuples with tie-breaking counters, and objects ordered by __lt__
import heapq
import itertools

tasks = []
counter = itertools.count()
def add(priority, name):
    heapq.heappush(tasks, (priority, next(counter), name))
add(3, "write report")
add(1, "fix bug")
add(2, "review")
add(1, "deploy")
add(3, "lunch")
print(tasks)
while tasks:
    priority, _, name = heapq.heappop(tasks)
    print(priority, name)

class Job:
    def __init__(self, name, cost):
        self.name = name
        self.cost = cost
    def __lt__(self, other):
        print(f"  {self.name} < {other.name}?")
        return self.cost < other.cost
    def __repr__(self):
        return f"Job({self.name}, {self.cost})"

jobs = [Job("a", 5), Job("b", 2), Job("c", 9), Job("d", 1)]
heapq.heapify(jobs)
print(jobs)
print(heapq.heappop(jobs), jobs)

# Dijkstra's shortest paths.
graph = {"A": {"B": 4, "C": 1}, "B": {"D": 1}, "C": {"B": 2, "D": 5}, "D": {}}
def dijkstra(start):
    dist = {start: 0}
    queue = [(0, start)]
    while queue:
        d, node = heapq.heappop(queue)
        if d > dist.get(node, float("inf")):
            continue
        for nxt, w in graph[node].items():
            if d + w < dist.get(nxt, float("inf")):
                dist[nxt] = d + w
                heapq.heappush(queue, (d + w, nxt))
    return dist
print(dijkstra("A"))

# Running median with two heaps.
low, high = [], []
for x in [5, 15, 1, 3, 8, 7, 9, 10]:
    heapq.heappush(low, -heapq.heappushpop(high, x))
    if len(low) > len(high):
        heapq.heappush(high, -heapq.heappop(low))
    median = high[0] if len(high) > len(low) else (high[0] - low[0]) / 2
    print(x, median)
