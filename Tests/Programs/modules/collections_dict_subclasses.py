# user classes that subclass defaultdict, Counter, OrderedDict and deque keep their behaviour and reprs
from collections import defaultdict, Counter, OrderedDict, deque

class WordIndex(defaultdict):
    def __init__(self):
        super().__init__(list)
    def add(self, line_number, line):
        for word in line.lower().split():
            self[word].append(line_number)

index = WordIndex()
for n, line in enumerate(["The cat sat", "the dog ran", "A cat ran"], 1):
    index.add(n, line)
print(index["cat"], index["ran"], index["zebra"], len(index))
print(type(index).__name__, isinstance(index, dict), sorted(index)[:3])

class Inventory(Counter):
    def low_stock(self, threshold):
        return sorted(item for item, n in self.items() if n < threshold)
    def __missing__(self, key):
        print("unknown item", key)
        return 0

stock = Inventory(apples=5, pears=1, plums=2)
stock.update(pears=1)
stock.subtract({"apples": 4})
print(stock, stock.low_stock(2), stock["kiwis"], stock.most_common(1))
print(stock + Inventory(figs=3), type(stock + stock).__name__)

class LastUpdated(OrderedDict):
    """Keeps keys in the order they were last set."""
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)

lu = LastUpdated(a=1, b=2, c=3)
lu["a"] = 10
lu["b"] = 20
print(lu, list(lu))

class BoundedLog(deque):
    def __init__(self, size):
        super().__init__(maxlen=size)
    def log(self, message):
        self.append(message)
        return self
log = BoundedLog(2).log("boot").log("load").log("run")
print(log, list(log), log.maxlen)
print(repr(WordIndex()), repr(Inventory()), repr(LastUpdated()), repr(BoundedLog(1)))
