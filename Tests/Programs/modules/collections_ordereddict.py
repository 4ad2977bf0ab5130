# collections.OrderedDict: move_to_end, popitem(last=), order-sensitive equality, repr, and an LRU cache
from collections import OrderedDict

od = OrderedDict(a=1, b=2, c=3)
print(od, list(od), list(od.keys()), list(od.items()))
od.move_to_end("a")
print(od)
od.move_to_end("c", last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
od["z"] = 26
od["b"] = 20
print(od, list(reversed(od)))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(OrderedDict(), OrderedDict.fromkeys("xyz", 0), OrderedDict([("k", [1])]) | {"j": 2})
print(isinstance(od, dict), type(od.copy()).__name__, od.copy() == od)

class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.capacity:
            evicted = self.data.popitem(last=False)
            print("evict", evicted)

cache = LRUCache(2)
cache.put("a", 1)
cache.put("b", 2)
cache.get("a")
cache.put("c", 3)
print(cache.get("b"), cache.get("a"), cache.data)

for bad in [lambda: OrderedDict().popitem(), lambda: od.move_to_end("missing")]:
    try:
        bad()
    except KeyError as e:
        print("KeyError:", e)
for bad in [lambda: od.move_to_end(), lambda: OrderedDict(1, 2)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
