# collections.deque: appends and pops at both ends, extend/extendleft, indexing, membership, equality and repr
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend("ab")
d.extendleft([10, 20])
print(d)
d[1] = "ten"
del d[0]
print(d, d.index("a"), d.count(2), list(reversed(d)))
d.insert(2, "mid")
d.remove("ten")
print(d)
d.reverse()
print(d, bool(d), bool(deque()))
print(deque("hello"), deque(), deque(range(3)) == deque([0, 1, 2]), deque([1]) == [1])
print(deque([1, 2]) < deque([1, 3]), deque([1, 2]) + deque([3]), deque("ab") * 2, 2 * deque([0]))
e = deque([1])
e += [2, 3]
e *= 2
print(e)
copy = d.copy()
copy.append("only in copy")
print(d)
print(copy)
d.clear()
print(d, d.maxlen)

# A breadth-first search queue.
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": [], "f": []}
queue = deque(["a"])
seen = {"a"}
order = []
while queue:
    node = queue.popleft()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            queue.append(nxt)
print(order)

# Checking palindromes from both ends.
def is_palindrome(word):
    letters = deque(c for c in word.lower() if c.isalpha())
    while len(letters) > 1:
        if letters.popleft() != letters.pop():
            return False
    return True
print(is_palindrome("Never odd or even"), is_palindrome("deque"))
nested = deque([[1, 2], "x"])
nested.append(nested)
print(nested)
print(type(d), deque.__name__, isinstance(d, deque))
