# lambda creates anonymous functions with defaults, closures and immediate calls
square = lambda x: x * x
print(square(7))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda: "no args")())
print((lambda *args, **kw: (args, kw))(1, 2, k=3))
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]))
adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, add)(2))
print(square.__name__)
print((lambda x: (y := x) + 1)(4))
