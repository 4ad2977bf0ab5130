# Checks int() parsing from strings with bases and truncation of floats
print(int("42"), int("  -17  "), int("+8"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("101", 2), int("0b101", 0))
print(int("z", 36), int("1_000_000"), int("10", 3))
print(int(3.9), int(-3.9), int(0.5), int(-0.5))
print(int(1e20))
print(int(True), int())
print(int("123456789012345678901234567890"))
for bad in ["", "1.5", "abc", "0x10", "1 2"]:
    try:
        int(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int("12", 2)
except ValueError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
