# generators can be unpacked in assignments, starred targets, calls and displays
def gen(n):
    for i in range(n):
        yield i

a, b, *rest = gen(5)
print(a, b, rest)
*init, last = gen(3)
print(init, last)
x, y = gen(2)
print(x, y)
try:
    p, q = gen(3)
except ValueError as e:
    print("ValueError:", e)
try:
    p, q, r = gen(2)
except ValueError as e:
    print("ValueError:", e)
print(*gen(3))
print([*gen(2), *gen(3)])
print({*gen(3)} == {0, 1, 2})
def f(*args):
    return args
print(f(*gen(3), 99))
(m, n), o = (v for v in [(1, 2), 3])
print(m, n, o)
