# generator objects carry __name__ and __qualname__ from their function; both can be reassigned
def top():
    yield 1

class Holder:
    def method(self):
        yield "m"
    class Inner:
        def deep(self):
            yield "d"

def outer():
    def nested():
        yield 0
    return nested()

g = top()
print(g.__name__, g.__qualname__)
h = Holder().method()
print(h.__name__, h.__qualname__)
print(Holder.Inner().deep().__qualname__)
n = outer()
print(n.__name__, n.__qualname__)
ge = (x for x in [])
print(ge.__name__, ge.__qualname__)
def make():
    return (y for y in "ab")
print(make().__qualname__)
g.__name__ = "renamed"
g.__qualname__ = "Some.renamed"
print(g.__name__, g.__qualname__, top.__name__)
print(repr(g).split(" at ")[0])
