# collections.Counter: counting, most_common, elements, total, update/subtract and missing keys
from collections import Counter

text = "the quick brown fox jumps over the lazy dog the end"
words = Counter(text.split())
print(words)
print(words["the"], words["cat"], "cat" in words, len(words))
print(words.most_common(2))
print(Counter("abracadabra"))
print(Counter("abracadabra").most_common())
print(Counter("abracadabra").most_common(3))
print(Counter({"red": 4, "blue": 2}), Counter(cats=4, dogs=8), Counter())
c = Counter(a=3, b=1, c=0, d=-2)
print(sorted(c.elements()), c.total())
c.update("aab")
c.update({"z": 7}, c=5)
print(c)
c.subtract(["a", "a", "x"])
c.subtract(z=10)
print(c)
del c["never-there"]
del c["d"]
print(c, c.most_common(0), c.most_common(-1))

# Letter frequencies, ignoring case and non-letters.
freq = Counter(ch for ch in "Hello, World! Hello!".lower() if ch.isalpha())
for letter, n in freq.most_common(3):
    print(letter, "*" * n)

inventory = Counter(apples=3)
inventory["pears"] += 2
inventory["apples"] -= 1
print(inventory, dict(inventory))
print(Counter({"a": 1.5, "b": 0.25}).most_common())
print(Counter(a="x", b="y"))
print(Counter("ab").copy(), type(Counter().copy()).__name__, isinstance(Counter(), dict))
try:
    Counter.fromkeys("abc")
except NotImplementedError as e:
    print("NotImplementedError:", e)
for bad in [lambda: Counter("a", "b"), lambda: Counter().update(1, 2), lambda: Counter(5)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
