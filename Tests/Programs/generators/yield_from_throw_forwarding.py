# throw() and close() are forwarded through yield from to the innermost generator
def inner():
    try:
        yield "i1"
    except KeyError as e:
        print("inner handled", repr(e))
        yield "i2"
    finally:
        print("inner finally")
    return "inner result"

def outer():
    try:
        r = yield from inner()
        print("outer got", r)
        yield "o1"
    except ValueError as e:
        print("outer handled", repr(e))
        yield "o2"
    finally:
        print("outer finally")

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(g.throw(ValueError("v")))
g.close()
print("---")
g = outer()
next(g)
g.close()
print("---")
g = outer()
next(g)
try:
    g.throw(TypeError("t"))
except TypeError as e:
    print("propagated", repr(e))
