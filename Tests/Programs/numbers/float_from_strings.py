# Checks float() parsing of decimal, exponent, special and padded strings
print(float("3.14"), float("  -2.5  "), float("1e3"), float("1E-3"))
print(float("10"), float(".5"), float("5."), float("+1.5"))
print(float("inf"), float("-Infinity"), float("nan"))
print(float("1_000.5"))
print(float(7), float(2 ** 70), float(True))
print(float(), float("0"), float("-0"))
for bad in ["", "abc", "1.2.3", "1e", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
