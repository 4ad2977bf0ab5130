# a generator (or genexpr) can only be iterated once; a second pass is empty
g = (x * 2 for x in range(4))
print(list(g))
print(list(g))
print(sum(g), max(g, default="none"))
def gen():
    yield "a"
    yield "b"
h = gen()
print("a" in h, "a" in h)
print(list(h))
k = gen()
first = list(k)
second = [x for x in k]
print(first, second)
t = (c for c in "xyz")
print(next(t))
print(list(t))
for item in t:
    print("never", item)
print("done")
