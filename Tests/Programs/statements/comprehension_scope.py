# comprehension loop variables do not leak; the first iterable is evaluated in the outer scope
x = "outer"
result = [x for x in range(3)]
print(result, x)
y = 10
print([y + i for i in range(3)])
def f():
    factor = 3
    return [factor * i for i in range(3)]
print(f())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
class C:
    items = [1, 2, 3]
    doubled = [v * 2 for v in items]
print(C.doubled)
