# next() with a default returns it when the generator is exhausted, and never raises
def two():
    yield 1
    yield 2
    return "ignored"

g = two()
print(next(g, "d"), next(g, "d"), next(g, "d"), next(g, "d"))
print(next((x for x in []), None))
print(next((x for x in range(5) if x > 2), -1))
print(next((x for x in range(5) if x > 9), -1))
g = two()
print(next(g, None))
print(list(g))
print(next(g, "empty"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", repr(e.value))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
