# Checks TypeError messages for wrong argument counts and types to builtins
tests = [
    lambda: len(),
    lambda: len([], []),
    lambda: abs(),
    lambda: int("1", 2, 3),
    lambda: sum(["a", "b"]),
    lambda: sum([1], "x"),
    lambda: sorted(5),
    lambda: "x" * "y",
    lambda: [] + {},
    lambda: 1 + "1",
    lambda: -"x",
    lambda: None + 1,
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
