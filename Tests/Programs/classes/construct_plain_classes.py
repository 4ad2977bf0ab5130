# Class(...) with plain positional arguments fills __init__'s frame directly; defaults, a __new__
# of its own, __init__ replaced later, bad return values, generators and errors must behave as
# the general call does.

class P:
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y)
class Q(P):
    def __new__(cls, *a):
        print("new", a)
        return super().__new__(cls)
print(Q(3, 4).y)
class R:
    def __init__(self, x):
        return 5
try:
    R(1)
except TypeError as e:
    print(e)
try:
    P(1)
except TypeError as e:
    print(e)
class S:
    def __init__(self, a, b=2):
        self.s = a + b
print(S(1).s, S(1, 5).s)
def late(self, x, y):
    self.z = x * y
P.__init__ = late
print(P(2, 3).z)
class G:
    def __init__(self, x):
        yield x
try:
    G(1)
except TypeError as e:
    print(e)
class Slow:
    def __init__(self, x):
        raise ValueError(x)
try:
    Slow(7)
except ValueError as e:
    print("ValueError", e)
