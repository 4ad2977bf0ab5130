# Checks list + and *, in-place versions and aliasing of nested lists
a = [1, 2]
b = a + [3]
print(a, b)
c = a
c += [9]
print(a, c is a)
d = a
d = d + [10]
print(a, d)
print([0] * 3, [1, 2] * 2, [] * 5, 2 * [7])
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
m = [1]
m *= 3
print(m)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
inner = [1]
outer = [inner, inner]
inner.append(2)
print(outer)
