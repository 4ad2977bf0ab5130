# PEP 479: StopIteration raised inside a generator becomes RuntimeError with the original as __cause__
def gen():
    yield 1
    raise StopIteration("inner stop")

g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", repr(e.__cause__))
    print("context is cause:", e.__context__ is e.__cause__)
    print(e.__suppress_context__)

def leaky():
    it = iter([])
    yield next(it)
try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def with_return():
    yield 1
    return 2
print(list(with_return()))
try:
    list(x for x in gen())
except RuntimeError as e:
    print("through genexpr:", e)
