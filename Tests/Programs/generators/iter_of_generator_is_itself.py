# a generator is its own iterator: iter(g) is g, and __next__/__iter__ exist
def gen():
    yield 1
    yield 2

g = gen()
print(iter(g) is g, g.__iter__() is g)
print(g.__next__())
print(next(iter(g)))
print(type(g).__name__)
ge = (x for x in [])
print(iter(ge) is ge, type(ge).__name__)
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"))
print(repr(g).split(" at ")[0])
print(repr(ge).split(" at ")[0])
print(type(gen), type(gen()).__name__, callable(gen))
print(type(g) is type(ge), isinstance(ge, type(g)))
