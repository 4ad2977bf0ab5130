# Checks str.translate with dicts, sequences and maketrans tables, and their errors
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()))
print("abcdabcd".translate(t))
print("hello".translate({ord("l"): None, ord("h"): "J", ord("o"): 0x263A}))
print("abc".translate(["A", "B"] * 50))
print("é😀".translate({0x1F600: "smile", 0xE9: "e"}))
print(sorted(str.maketrans({"a": "1", 98: None, "c": 67}).items()))
print("x".maketrans("a", "b") == str.maketrans("a", "b"))
class Table:
    def __getitem__(self, key):
        if key == ord("q"):
            raise LookupError(key)
        return chr(key).upper()
print("quiz".translate(Table()))
tests = [
    lambda: "a".translate({97: 1.5}),
    lambda: "a".translate({97: -1}),
    lambda: "a".translate({97: 0x110000}),
    lambda: "a".translate(5),
    lambda: str.maketrans(),
    lambda: str.maketrans("ab", "c"),
    lambda: str.maketrans([1]),
    lambda: str.maketrans({"ab": 1}),
    lambda: str.maketrans({1.5: 1}),
    lambda: str.maketrans(1, "a"),
    lambda: str.maketrans("a", 1),
    lambda: str.maketrans("a", "b", 3),
    lambda: str.maketrans("a", "b", "c", "d"),
]
for f in tests:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
