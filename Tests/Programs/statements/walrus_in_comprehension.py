# := inside a comprehension binds in the enclosing scope
values = [1, 2, 3, 4]
doubled = [last := v * 2 for v in values]
print(doubled, last)
filtered = [y for v in values if (y := v * v) > 4]
print(filtered, y)
total = 0
running = [total := total + v for v in values]
print(running, total)
def func():
    [inner := c for c in "abc"]
    return inner
print(func())
