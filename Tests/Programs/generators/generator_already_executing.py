# a generator that calls next() on itself raises ValueError: generator already executing
def selfish():
    yield 1
    yield next(g)

g = selfish()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError:", e)
print(next(g, "finished"))

def sender():
    yield h.send(None)
h = sender()
try:
    next(h)
except ValueError as e:
    print("ValueError:", e)

def observer():
    print("running inside:", o.gi_running)
    yield 1
o = observer()
print("before:", o.gi_running)
next(o)
print("after:", o.gi_running)
