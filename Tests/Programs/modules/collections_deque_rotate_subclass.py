# collections.deque.rotate and subclasses of deque with their own methods and repr names
from collections import deque

d = deque(range(6))
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(13)
print(d)
d.rotate()
print(d)
deque().rotate(5)

# A ring buffer that rotates to a start position.
ring = deque("ABCDE")
def start_at(ring, item):
    ring.rotate(-ring.index(item))
    return "".join(ring)
print(start_at(ring, "C"), start_at(ring, "E"))

class History(deque):
    """A deque that remembers how many items were ever added."""
    def __init__(self, items=(), maxlen=None):
        super().__init__(items, maxlen)
        self.added = len(self)

    def append(self, item):
        super().append(item)
        self.added += 1

    def latest(self):
        return self[-1] if self else None

h = History([1, 2], maxlen=3)
h.append(3)
h.append(4)
print(h, h.added, h.latest(), len(h), isinstance(h, deque))
print(type(h).__name__, h.maxlen, list(h))
c = h.copy()
print(type(c).__name__, c, c.added)
print(History() == deque(), History("ab") + deque("c"))

class Stack(deque):
    push = deque.append
    def peek(self):
        return self[-1]
s = Stack()
s.push(1)
s.push(2)
print(s.peek(), s.pop(), s)
