# Checks the format() builtin with various specs and __format__ on a user class
print(format(3.14159, ".2f"), format(42, "08b"), format(255, "x"), format(1234567, ","))
print(repr(format("abc", "")), format("abc", ">5"), format(0.5, "%"), format(12))
print(format(True), format(None), format([1, 2]), format(1e100, ".3g"))
class Temp:
    def __format__(self, spec):
        return "T(" + spec + ")"
print(format(Temp(), "xyz"), f"{Temp():abc}", "{:q}".format(Temp()))
try:
    format(5, "s")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format("s", "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(object(), "x")
except TypeError as e:
    print(type(e).__name__, e)
