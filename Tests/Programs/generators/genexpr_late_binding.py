# a genexpr evaluates its first iterable eagerly but looks up other names when items are produced
def noisy(name, items):
    print("evaluating", name)
    return items

data = [1, 2, 3]
factor = 10
g = (x * factor for x in noisy("outer", data))
print("made genexpr")
factor = 100
data = [7, 8, 9]
print(list(g))

ys = [1]
g2 = (x + y for x in noisy("first", [10, 20]) for y in noisy("second", ys))
print("made g2")
ys = [5, 6]
print(list(g2))

try:
    g3 = (x for x in 42)
except TypeError as e:
    print("eager TypeError:", e)
g4 = (undefined_name for x in [1])
print("no error yet")
try:
    next(g4)
except NameError as e:
    print("NameError:", e)
