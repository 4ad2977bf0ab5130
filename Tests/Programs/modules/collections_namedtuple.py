# collections.namedtuple: fields by name and index, defaults, _make, _replace, _asdict, _fields and repr
from collections import namedtuple

Point = namedtuple("Point", ["x", "y"])
p = Point(3, 4)
print(p, p.x, p[1], p == (3, 4), len(p), list(p))
x, y = p
print(x + y, sum(p), max(p), p.index(4), p.count(3))
print(Point(y=2, x=1), Point._make([5, 6]), p._replace(y=10), p._asdict())
print(Point._fields, Point.__doc__, Point.__name__, Point.__module__)
print(type(p).__name__, isinstance(p, tuple), hash(p) == hash((3, 4)), {p: "point"}[Point(3, 4)])
print(p < Point(3, 5), sorted([Point(2, 1), Point(1, 2)]), p + (5,))

Color = namedtuple("Color", "red green blue alpha", defaults=[255])
print(Color(1, 2, 3), Color._field_defaults, Color(1, 2, 3, 4))
Employee = namedtuple("Employee", "name, dept,   salary")
staff = [Employee("ann", "dev", 120), Employee("bob", "ops", 95), Employee("cid", "dev", 105)]
print(max(staff, key=lambda e: e.salary).name, [e.name for e in staff if e.dept == "dev"])
Empty = namedtuple("Empty", "")
print(Empty(), Empty._fields)
Renamed = namedtuple("Renamed", ["ok", "def", "ok", "_x"], rename=True)
print(Renamed._fields)
print(namedtuple("M", "a", module="shapes"))

try:
    p.x = 10
except AttributeError as e:
    print("AttributeError:", e)
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2),
            lambda: Point._make([1]), lambda: p._replace(z=1), lambda: p.z,
            lambda: namedtuple("P", "x x"), lambda: namedtuple("P", "x _y"), lambda: namedtuple("P", "x class"),
            lambda: namedtuple("P", "x 1y"), lambda: namedtuple("P", "x y", defaults=[1, 2, 3])]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
