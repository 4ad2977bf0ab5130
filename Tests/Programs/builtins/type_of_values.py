# Checks type() of builtin values and their printed class names
values = [1, 1.5, True, "s", None, [], (), {}, set(), frozenset(), range(1), slice(1), 2 ** 100, len, type, ..., NotImplemented]
for v in values:
    print(type(v), type(v).__name__)
class Mine: pass
print(type(Mine()), type(Mine), type(Mine()).__name__)
print(type(1) is int, type(True) is bool, type(True) == int)
print(int.__name__, str.__name__, type.__name__, Mine.__name__, len.__name__)
print(type(type(1)), type(print))
print(type(lambda: 0).__name__)
def f(): pass
print(type(f).__name__, f.__name__)
print(type(int("5"))(7), type("x")(12))
