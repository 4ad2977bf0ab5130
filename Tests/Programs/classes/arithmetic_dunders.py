# binary and unary arithmetic operators dispatch to dunder methods
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self):
        return Vec(self.y, self.x)
    def __repr__(self):
        return "Vec(" + str(self.x) + ", " + str(self.y) + ")"
a, b = Vec(3, 4), Vec(1, 2)
print(a + b, a - b, a * 2, a / 2, a // 2, a % 2, a ** 2)
print(a @ b, -a, abs(a), ~a)
try:
    a + 1
except AttributeError as err:
    print("AttributeError:", err)
try:
    2 * a
except TypeError as err:
    print("TypeError:", err)
