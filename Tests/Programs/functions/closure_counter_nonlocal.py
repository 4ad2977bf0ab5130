# closures keep independent state per outer call; nonlocal lets them update it
def make_counter(start=0):
    count = start
    def increment():
        nonlocal count
        count += 1
        return count
    def reset():
        nonlocal count
        count = start
    return increment, reset
inc, reset = make_counter()
print(inc(), inc(), inc())
reset()
print(inc())
inc2, _ = make_counter(100)
print(inc2(), inc())
def accumulator():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
acc = accumulator()
acc(1)
print(acc(2))
print(acc(3), inc())
