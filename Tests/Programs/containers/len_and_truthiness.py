# Checks len() of every container type and truthiness of empty vs non-empty containers
items = ["", "ab", [], [0], (), (None,), {}, {0: 0}, set(), {0}, frozenset(), range(0), range(3), 0, 0.0, 1, None]
for x in items:
    print(repr(x), bool(x))
print(len("abc"), len([1, 2]), len((1,)), len({1: 1}), len({1, 2, 3}), len(range(5)), len(frozenset([1])))
print(len({}.keys()), len({1: 2}.items()))
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
if not []:
    print("empty list is falsy")
