# classes implementing __iter__/__next__ work in for loops, list(), unpacking and in
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
for n in Countdown(3):
    print(n)
print(list(Countdown(4)))
a, b = Countdown(2)
print(a, b)
it = Countdown(2)
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Countdown(self.n)
r = Range2(3)
print(list(r), list(r), 2 in r, sorted(r))
print([x * 2 for x in Range2(2)], sum(Range2(4)))
