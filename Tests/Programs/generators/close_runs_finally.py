# close() raises GeneratorExit at the yield, running finally blocks and except GeneratorExit handlers
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = gen()
print(next(g))
print(g.close())
print(next(g, "closed"))
g.close()

def catching():
    try:
        yield "x"
    except GeneratorExit as e:
        print("got", type(e).__name__, repr(e), e.args)
        raise

c = catching()
next(c)
c.close()

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("returning instead")
        return "ignored value"
r = returns_on_exit()
next(r)
print(r.close())
