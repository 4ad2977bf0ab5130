# close() on a not-started generator skips its body; close() on a finished one does nothing
def gen():
    print("body started")
    try:
        yield 1
    finally:
        print("finally")

g = gen()
g.close()
print("closed unstarted")
print(next(g, "exhausted"))
try:
    next(g)
except StopIteration:
    print("StopIteration after close")

h = gen()
print(list(h))
h.close()
h.close()
print("closed finished twice")
print(g.gi_frame, h.gi_frame)
