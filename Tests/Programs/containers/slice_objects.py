# Checks slice objects: repr, attributes, indices() and use in subscripts
s = slice(1, 8, 2)
print(s, s.start, s.stop, s.step)
print(slice(5), slice(None, None, -1), slice(1, None))
data = list(range(10))
print(data[s], "abcdefghij"[s], tuple(data)[slice(3)])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
print(p[1:2], p[::3], p[1:2, 3], p[:, 1], p[...])
data[slice(0, 2)] = ["a", "b"]
print(data[:4])
