# AttributeError and NameError messages for instances, classes, modules and builtins
class Foo:
    pass
cases = [
    lambda: Foo().bar,
    lambda: Foo.bar,
    lambda: (5).foo,
    lambda: "s".nope,
    lambda: None.x,
    lambda: [].push(1),
    lambda: undefined_name,
]
for case in cases:
    try:
        case()
    except (AttributeError, NameError) as e:
        print(type(e).__name__ + ":", e)
try:
    Foo().bar
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
try:
    (1).real = 5
except AttributeError as e:
    print("AttributeError:", e)
