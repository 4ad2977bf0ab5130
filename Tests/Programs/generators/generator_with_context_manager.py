# a with-block inside a generator exits when the generator is closed, thrown into, or finishes
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, value, tb):
        print("exit", self.name, typ.__name__ if typ else None)
        return False

def gen(name):
    with CM(name):
        yield 1
        yield 2

print(list(gen("full")))
g = gen("closed")
next(g)
g.close()
g = gen("thrown")
next(g)
try:
    g.throw(IndexError("i"))
except IndexError:
    print("IndexError propagated")
g = gen("broken")
for x in g:
    break
print("loop broken")
g.close()
