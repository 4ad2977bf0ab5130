# One attribute read, store or `+=` site meets instances whose dicts differ: built in another
# order, missing the name, changed under it, or of classes with properties, __setattr__ or
# __getattribute__. Each must see what the instance holds now.


class Point:
    scale = 10

    def __init__(self, x, y, first_y=False):
        if first_y:
            self.y = y
            self.x = x
        else:
            self.x = x
            self.y = y

    def bump(self):
        self.x += 1
        self.scale += 1
        return self.x, self.scale


def read_x(p):
    return p.x


def write_x(p, v):
    p.x = v


a = Point(1, 2)
b = Point(3, 4, first_y=True)
print([read_x(p) for p in (a, b, a, b)])
write_x(a, 5)
write_x(b, 6)
print(vars(a), vars(b))

# The remembered position now holds another name.
del a.x
a.z = 7
a.x = 8
print(vars(a), read_x(a))
del a.x
try:
    read_x(a)
except AttributeError as e:
    print("AttributeError:", e)
a.x = 9

# `+=` on an attribute the class holds makes an instance attribute.
print(a.bump(), b.bump(), Point.scale, vars(b))

# A dict copied from an instance is not changed by stores through the instance.
saved = dict(vars(b))
write_x(b, 100)
print(saved, vars(b))


class Watched(Point):
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)


w = Watched(0, 0)
write_x(w, 1)
print(w.bump())


class Doubled(Point):
    @property
    def x(self):
        return self.__dict__["x"] * 2

    @x.setter
    def x(self, value):
        self.__dict__["x"] = value


d = Doubled(1, 1)
print(read_x(d), d.bump())


class Logged(Point):
    def __getattribute__(self, name):
        if name == "x":
            print("get x")
        return object.__getattribute__(self, name)


g = Logged(2, 3)
print(read_x(g), g.bump())

# A class changed between uses of one site.
for p in (a, b):
    print(p.bump())
Point.bump = lambda self: "patched"
print(a.bump())


# __init__ changed after instances were made.
def new_init(self, x, y, first_y=False):
    self.x = -x
    self.y = -y


Point.__init__ = new_init
print(vars(Point(1, 2)))
