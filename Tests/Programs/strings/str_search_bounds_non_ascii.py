# Checks find, rfind, index, count, startswith and endswith bounds on non-ASCII text
s = "añb😀añb😀"
print(len(s), s.find("b"), s.rfind("b"), s.find("😀", 4), s.rfind("añ", 0, 6), s.find("ñ", -3))
print(s.count("añ"), s.count("😀", 4), s.count("", 2, 5), s.count("", 9), s.count("ñ", -100, 100))
print(s.index("😀"), s.rindex("a"), s.find("", 8), s.find("", 9), s.rfind("", 3, 5))
print(s.startswith("ñ", 1), s.startswith("ñb", 1, 2), s.endswith("😀", 0, 4), s.endswith(("x", "b"), 0, -1))
print(s.startswith("", 8), s.startswith("", 9), s.endswith("", 2, 1), s.find("a", 2 ** 80), s.find("a", -2 ** 80))
class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
print(s.find("a", I(1)), s.count("a", None, I(5)), s.startswith("b", I(2)))
print("Straße".find("ß"), "Straße".upper().find("SS"), "e\u0301".find("\u0301"), "é".find("e"))
print("a\u0301".startswith("a"), "ǅ".endswith("ǅ"), "ab".endswith(()), "ab".startswith(("", "z")))
for f in [lambda: s.index("z"), lambda: s.rindex("😀", 0, 3), lambda: s.index("a", 1, 4)]:
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e)
