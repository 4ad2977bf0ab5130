# generator functions as methods, staticmethods, __iter__ implementations and closures
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n:
            yield n
            n -= 1
    def evens(self):
        yield from (x for x in self if x % 2 == 0)
    @staticmethod
    def letters():
        yield from "xyz"

c = Countdown(4)
print(list(c), list(c))
print(list(c.evens()))
print(list(Countdown.letters()))
print(3 in c, sorted(c))

def make_counter(step):
    count = 0
    def gen():
        nonlocal count
        while True:
            count += step
            yield count
    return gen

counter = make_counter(5)
g1, g2 = counter(), counter()
print(next(g1), next(g2), next(g1))
gens = [(lambda k: (k * i for i in range(3)))(k) for k in range(1, 3)]
print([list(g) for g in gens])
