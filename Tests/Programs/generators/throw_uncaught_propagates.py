# an uncaught exception thrown into a generator propagates to the caller and finishes the generator
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")

g = gen()
print(next(g))
try:
    g.throw(ZeroDivisionError("thrown"))
except ZeroDivisionError as e:
    print("caller got", repr(e))
print(next(g, "exhausted"))
try:
    g.throw(TypeError("after finish"))
except TypeError as e:
    print("finished generator re-raises", repr(e))

def fresh():
    print("never runs")
    yield 1
f = fresh()
try:
    f.throw(IndexError("at start"))
except IndexError as e:
    print("not started:", repr(e))
print(next(f, "done"))
