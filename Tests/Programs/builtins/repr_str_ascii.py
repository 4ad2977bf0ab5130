# Checks repr(), str() and ascii() of builtin values and objects
class P:
    def __repr__(self):
        return "P<é>"
for v in ["hi", 'q\'', 5, 2.50, None, [1, "x"], (1,), {"é": 1}, P()]:
    print(repr(v), str(v), ascii(v))
print(repr(repr("x")), str(str("y")))
print(ascii("naïve ☃ 😀"), ascii(["ü"]))
print(repr(1.0), repr(-0.0), repr(True), repr(...))
