# Checks str.encode with several codecs and error handlers, and UnicodeEncodeError messages
s = "Grüße, €5 😀"
print(s.encode())
print(s.encode("utf-8"), s.encode("UTF8"), s.encode(encoding="u8"))
print(s.encode("utf-16"), s.encode("utf-16-le"), s.encode("UTF-16BE"))
print(s.encode("utf-32-le"))
print("abc".encode("ascii"), "abc".encode("latin-1"), "ÿ".encode("latin1"))
for errors in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    print(errors, s.encode("ascii", errors), s.encode("latin-1", errors=errors))
tests = [
    lambda: s.encode("ascii"),
    lambda: "a€€b".encode("ascii"),
    lambda: "a€".encode("latin-1"),
    lambda: "😀".encode("ascii"),
    lambda: "x".encode("no-such-codec"),
    lambda: "é".encode("ascii", "bogus"),
    lambda: "x".encode("ascii", "bogus"),
    lambda: "x".encode(1),
    lambda: "x".encode("ascii", 2),
    lambda: "x".encode("ascii", "strict", 3),
    lambda: "x".encode(foo="ascii"),
]
for f in tests:
    try:
        print(f())
    except (UnicodeEncodeError, LookupError, TypeError) as e:
        print(type(e).__name__, e)
try:
    "ab\u20acc".encode("ascii")
except UnicodeError as e:
    print(isinstance(e, ValueError), e.start, e.end, e.reason, e.encoding)
