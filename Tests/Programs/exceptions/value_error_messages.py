# ValueError messages from conversions and unpacking
cases = [
    lambda: int("abc"),
    lambda: int("12.5"),
    lambda: int(""),
    lambda: float("x"),
    lambda: int("z", 16),
    lambda: [1, 2].index(3),
    lambda: chr(-1),
]
for case in cases:
    try:
        case()
    except ValueError as e:
        print(e)
