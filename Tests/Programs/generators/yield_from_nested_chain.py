# nested chains of yield from pass values, sends and return values through every level
def level3():
    x = yield "L3 start"
    return "L3(%s)" % x

def level2():
    r = yield from level3()
    y = yield "L2 after " + r
    return "L2(%s)" % y

def level1():
    r = yield from level2()
    yield "L1 after " + r
    return "L1 done"

g = level1()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    next(g)
except StopIteration as e:
    print("final", e.value)

def tree(depth, label):
    yield label
    if depth:
        yield from tree(depth - 1, label + "L")
        yield from tree(depth - 1, label + "R")
print(list(tree(2, "")))
