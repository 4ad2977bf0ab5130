# reflected dunders (__radd__ etc.) run when the left operand does not support the operation
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        print("radd with", repr(other))
        return self.__add__(other)
    def __rmul__(self, k):
        return Money(self.cents * k)
    def __rsub__(self, other):
        return Money(other - self.cents)
    def __repr__(self):
        return "Money(" + str(self.cents) + ")"
m = Money(150)
print(m + 50, 50 + m)
print(3 * m, 1000 - m)
print(sum([Money(1), Money(2), Money(3)]))
try:
    "a" + m
except TypeError as err:
    print("TypeError:", err)
try:
    m + "a"
except TypeError as err:
    print("TypeError:", err)
class Sub(Money):
    def __radd__(self, other):
        return "Sub.__radd__ wins for subclass on the right"
print(Money(1) + Sub(2))
