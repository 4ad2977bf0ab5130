# Checks equality and repr of nested containers, including recursive lists
a = [1, [2, 3], {"k": (4, 5)}]
b = [1, [2, 3], {"k": (4, 5)}]
print(a == b, a is b, a != b)
print([1, 2] == (1, 2), {1: 2} == {1: 2.0}, {1, 2} == frozenset({1, 2}))
print([1, 2] < [1, 3], [[1]] < [[2]], [] < [0])
r = [1, 2]
r.append(r)
print(r)
d = {"self": None}
d["self"] = d
print(d)
print(repr([None, True, "s", 1.5, (1,)]))
print({"b": 1, "a": 2} == {"a": 2, "b": 1})
print([float("nan")] == [float("nan")])
n = float("nan")
print([n] == [n], (n,) == (n,))
