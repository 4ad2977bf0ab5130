# generators work with for loops, list, tuple, set, dict, sorted, in, and the builtin iterator helpers
def gen(n):
    for i in range(n):
        yield i

for x in gen(2):
    print("for", x)
print(list(gen(3)), tuple(gen(3)), sorted(set(gen(3))))
print(dict((i, i * i) for i in gen(3)))
def pairs():
    yield ("a", 1)
    yield ("b", 2)
print(dict(pairs()))
print(2 in gen(5), 9 in gen(5))
print(list(zip(gen(3), "abcdef")))
print(list(map(lambda v: v * 3, gen(3))))
print(list(filter(None, gen(4))))
print(list(enumerate(gen(3), start=1)))
print(list(reversed(list(gen(3)))))
print(min(gen(4)), max(gen(4)), sum(gen(4)))
print(list(zip(*pairs())))
print(" ".join(map(str, gen(4))))
