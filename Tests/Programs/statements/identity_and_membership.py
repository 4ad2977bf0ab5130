# is / is not compare identity; in / not in test membership in containers
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None) is type(None))
print(2 in a, 3 in a, 3 not in a)
print("ell" in "hello", "" in "abc", "z" not in "abc")
d = {"k": 1}
print("k" in d, 1 in d, 1 in d.values())
print((1, 2) in [(1, 2), (3, 4)])
print(5 in range(0, 10, 5), 6 in range(0, 10, 5))
print([] in [[]], 1.0 in [1])
