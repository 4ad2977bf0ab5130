# Checks the ZeroDivisionError messages for each operation kind
tests = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: 1.0 // 0.0,
    lambda: 1.0 % 0,
    lambda: 5 / 0.0,
    lambda: divmod(1, 0),
    lambda: divmod(1.0, 0),
    lambda: 0 ** -1,
    lambda: 0.0 ** -1,
    lambda: (2 ** 100) // 0,
    lambda: pow(2, 3, 0),
]
for t in tests:
    try:
        t()
        print("no error")
    except ZeroDivisionError as e:
        print(type(e).__name__ + ":", e)
    except ValueError as e:
        print(type(e).__name__ + ":", e)
