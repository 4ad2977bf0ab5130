# methods bind self when accessed on an instance; on the class they are plain functions
class Counter:
    def __init__(self):
        self.n = 0
    def add(self, k=1):
        self.n += k
        return self
c = Counter()
c.add().add(5)
print(c.n)
bound = c.add
bound(10)
print(c.n)
Counter.add(c, 100)
print(c.n)
print(bound.__self__ is c, bound.__func__ is Counter.add)
print(type(bound).__name__, type(Counter.add).__name__)
other = Counter()
print(other.add is other.add, other.add == other.add)
methods = [c.add, other.add]
for m in methods:
    m(1)
print(c.n, other.n)
