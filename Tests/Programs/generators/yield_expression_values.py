# bare yield produces None, and a yield expression evaluates to None when resumed with next()
def gen():
    yield
    a = yield
    print("a is", a)
    b = (yield 5) + 1 if False else (yield 6)
    print("b is", b)
    yield (yield "nested")

g = gen()
print(next(g))
print(next(g))
print(next(g))
print(g.send("B"))
print(g.send("inner"))
print(next(g, "end"))
def generator_with_yield_in_dead_code():
    if False:
        yield 1
    return "no yields"
print(type(generator_with_yield_in_dead_code()).__name__, list(generator_with_yield_in_dead_code()))
