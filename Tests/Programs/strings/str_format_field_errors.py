# Checks str.format field parsing: nested specs, conversions, numbering rules and error messages
class P:
    x = 3
    items = {"k": [10, 20]}
print("{0.items[k][1]} {0.x!r:>4}".format(P()))
print("{:{}.{}f}|{:^{w}}|".format(3.14159, 8, 2, "c", w=5))
print("{0[:]} {0[-1]}".format({":": "colon", "-1": "minus"}))
print("{٣}".format(0, 1, 2, "three"))
print("{!a} {!r} {!s}".format("é😀", "q", 5))
print("{{{0}}} }}{{".format("x"))
print("{0:}|{0!s:}|".format(7))
print("{a}{b}".format_map({"a": 1, "b": 2}))
class Fmt:
    def __format__(self, spec):
        return "<" + spec + ">"
print("{0:abc} {0:{1}x} {0}".format(Fmt(), 5))
bad = ["{", "}", "a{", "x}y", "{0", "{:", "{0:{1}", "{!}", "{0!}", "{0!rr}", "{0!x}", "{a.}", "{a[}",
       "{0[]}", "{0.}", "{a[0]x}", "{0[0]", "{a{}", "{:{:{}}}", "{0}{}", "{}{0}", "{99999999999999999999}",
       "{1}", "{2[0]}", "{nope}", "{0.nope}", "{0[5]}", "{0[x]}", "{0!\u20ac}"]
for template in bad:
    try:
        print(repr(template.format([1], a=[1])))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(repr(template), type(e).__name__, e)
for template in ["{}", "{0}", "x{}y", "{a[0]}"]:
    try:
        print(template.format_map({"a": "z"}))
    except ValueError as e:
        print(type(e).__name__, e)
