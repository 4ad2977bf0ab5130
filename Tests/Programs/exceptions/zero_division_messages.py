# ZeroDivisionError messages differ between int and float operations
cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: divmod(1, 0),
    lambda: 1.0 / 0,
    lambda: 1.0 // 0,
    lambda: 1.0 % 0,
    lambda: 1 / 0.0,
    lambda: 0 ** -1,
    lambda: 0.0 ** -1,
]
for case in cases:
    try:
        case()
    except ZeroDivisionError as e:
        print(repr(e))
print(issubclass(ZeroDivisionError, ArithmeticError))
