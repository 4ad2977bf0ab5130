# Checks any and all including empty iterables and truthiness of elements
print(any([]), all([]))
print(any([0, 0, 1]), all([1, 2, 0]), all([1, "a", [0]]))
print(any(["", None, 0.0]), any("x"), all(""))
print(all([x > 0 for x in [1, 2, 3]]), any([x > 2 for x in [1, 2, 3]]))
print(any({0: 1}), all({0: 1}), any(range(0)), all(range(1, 5)))
calls = []
def check(v):
    calls.append(v)
    return v
print(any(map(check, [0, 1, 2, 3])), calls)
