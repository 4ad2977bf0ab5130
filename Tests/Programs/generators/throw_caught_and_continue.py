# an exception thrown into a generator can be handled; the generator continues and throw() returns the next yield
def worker():
    items = []
    for i in range(5):
        try:
            item = yield i
            items.append(("item", item))
        except RuntimeError as e:
            items.append(("error", str(e)))
            yield "handled " + str(e)
    return items

g = worker()
print(next(g))
print(g.send("x"))
print(g.throw(RuntimeError("boom")))
print(next(g))
print(g.send("y"))
print(g.throw(RuntimeError("bang")))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(e.value)
