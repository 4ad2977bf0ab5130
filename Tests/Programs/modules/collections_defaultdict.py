# collections.defaultdict: grouping, counting, nested dicts, default_factory, __missing__ and repr
from collections import defaultdict

words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(by_letter)
print(dict(by_letter), by_letter["z"], len(by_letter))

counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(counts, counts.default_factory)

# Nested defaultdicts build trees on demand.
def tree():
    return defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
t["a"]["x"] = 2
print(dict(t["a"]["b"]), "a" in t, "q" in t, t["a"].default_factory is tree)

d = defaultdict(lambda: "N/A", {"known": 1}, extra=2)
print(d["known"], d["unknown"], sorted(d))
print(d.get("missing"), "missing" in d)

none = defaultdict()
print(none, none.default_factory)
try:
    none["x"]
except KeyError as e:
    print("KeyError:", e)
none.default_factory = set
none["x"].add(1)
print(none)
print(defaultdict(list).__missing__("k"))

copy = counts.copy()
copy["z"] += 5
print(type(copy).__name__, copy["z"], counts["z"], counts == copy)
print(isinstance(counts, dict), defaultdict(int, a=1) == {"a": 1})
merged = defaultdict(list, {"a": [1]}) | {"b": [2]}
print(merged)
print(defaultdict(set), defaultdict(dict, {1: defaultdict(int)}))

class Registry(defaultdict):
    def __missing__(self, key):
        print("creating", key)
        return super().__missing__(key)
r = Registry(list)
r["plugins"].append("x")
r["plugins"].append("y")
print(r)
try:
    defaultdict("not callable")
except TypeError as e:
    print("TypeError:", e)
