# split, strip and the case methods on ASCII text take byte-level paths; they must agree with
# the general ones, for subclasses, unbound calls, bad receivers and strings built by +=.

print("  a b  ".split(), "a,b,,c".split(","), "a,b,,c".split(",", 1), "x".split(","), "".split(","), "".split(), "a--b--c".split("--"), "a\x1cb\tc".split())
print("ab".split("ab"), "abab".split("ab"), "aaa".split("aa"), "  x  ".strip(), "xxhixx".strip("x"), "..a..".lstrip("."), "..a..".rstrip("."), "".strip(), "abc".strip("cab"))
print("Hello World".lower(), "hello world".title(), "hELLO".swapcase(), "abc".capitalize(), "ÉCOLE".lower(), "straße".upper(), "x".isupper(), "ABC".isupper(), "a1".isalnum())
print(str.lower("ABC"), str.strip("  q "), str.split("a b"))
try: str.lower(5)
except TypeError as e: print(e)
try: "a".lower(1)
except TypeError as e: print(e)
try: str.strip(5)
except TypeError as e: print(e)
class S(str): pass
print(type(S(" a ").strip()).__name__, type(S("a").strip()).__name__, S("AB").lower(), S("a b").split(), "é a".split(), " é ".strip(), "a é".split(" "))
print("a b".split(maxsplit=0), "a b c".split(None, 1), " a b c ".split(None, 1), "a b c".rsplit(None, 1), "a,b,c".rsplit(",", 1))
s = ""
for i in range(5):
    s += str(i)
    t = s
print(s, t)
