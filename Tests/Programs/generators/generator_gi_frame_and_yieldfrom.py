# gi_frame exists until the generator finishes; gi_yieldfrom is the iterator being delegated to
def top():
    yield 1

def delegating():
    yield from top()
    yield "own"

g = top()
print(g.gi_frame is not None)
next(g)
print(g.gi_frame is not None)
list(g)
print(g.gi_frame)
d = delegating()
print(d.gi_yieldfrom)
next(d)
print(type(d.gi_yieldfrom).__name__, d.gi_yieldfrom.__name__)
print(next(d))
print(d.gi_yieldfrom)
c = top()
c.close()
print(c.gi_frame)
