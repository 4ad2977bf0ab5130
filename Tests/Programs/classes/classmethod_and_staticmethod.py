# classmethods receive the class (also for subclasses); staticmethods receive nothing
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @classmethod
    def name(cls):
        return cls.__name__
    @staticmethod
    def distance(a, b):
        return abs(a.x - b.x) + abs(a.y - b.y)
class Point3(Point):
    pass
p = Point.origin()
q = Point3.origin()
print(type(p).__name__, type(q).__name__, p.x, q.y)
print(Point.name(), Point3.name(), q.name())
print(Point.distance(Point(1, 2), Point(4, 6)), p.distance(p, Point(1, 1)))
print(Point3.distance(p, q))
class Registry:
    items = []
    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return len(cls.items)
print(Registry.register("a"), Registry().register("b"), Registry.items)
