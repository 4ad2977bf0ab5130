# Checks str.format_map with a dict and a dict subclass providing __missing__
class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"
print("{a} {b}".format_map({"a": 1, "b": 2}))
print("{a} {b}".format_map(Default(a="x")))
print("{x:>4}|".format_map({"x": 7}))
print(format(3.5, ".2f"), format(10, "b"), format("s", "^5"), format(12))
try:
    "{a} {c}".format_map({"a": 1})
except KeyError as e:
    print(type(e).__name__, e)
