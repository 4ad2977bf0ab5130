# Checks str.format with positional, keyword, indexed, attribute fields and conversions
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(3, 4)
print("{} and {}".format("a", "b"))
print("{1} {0} {1}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[0]} {0[2]} {1[key]}".format([10, 20, 30], {"key": "v"}))
print("({0.x}, {0.y})".format(p))
print("{p.x}-{p.y}".format(p=p))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{:>6}|{:<6}|{:^6}|".format("a", "b", "c"))
print("{0:.2f} {0:10.3e} {1:,}".format(1234.5678, 10 ** 9))
print("{:{}{}}".format("z", ">", 4))
print("{{}} {}".format(1))
print("{a[1]}".format(a="xyz"))
print("{0}{0}".format("ab"))
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{missing}".format(a=1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
