# the first send() to a just-started generator must be None, otherwise TypeError
def gen():
    x = yield 1
    print("received", x)
    yield 2

g = gen()
try:
    g.send("hello")
except TypeError as e:
    print("TypeError:", e)
print(g.send(None))
print(g.send("world"))
g2 = gen()
try:
    g2.send(0)
except TypeError as e:
    print("TypeError:", e)
print(next(g2))
g3 = gen()
print(list(g3))
try:
    g3.send(5)
except StopIteration as e:
    print("finished generator send: StopIteration", e.value)
