# Checks list() from iterables, shallow copies and identity
print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}))
print(list({5: 0}.items()), list(map(str, [1])))
a = [[1], [2]]
b = list(a)
c = a[:]
d = a.copy()
print(a == b == c == d, a is b, b is c)
b[0].append(99)
print(a, c, d)
b.append("new")
print(len(a), len(b))
print(list(a) is a)
