# namedtuple classes subclassed by a class statement: methods, properties, __slots__ and repr of the subclass
from collections import namedtuple
import math

class Vector(namedtuple("Vector", "x y")):
    __slots__ = ()

    @property
    def length(self):
        return math.hypot(self.x, self.y)

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scaled(self, k):
        return self._replace(x=self.x * k, y=self.y * k)

v = Vector(3, 4)
w = v + Vector(1, 1)
print(v, w, v.length, v.scaled(2), type(v.scaled(2)).__name__)
print(Vector._make([0, 1]), type(Vector._make([0, 1])).__name__, v._asdict())
print(isinstance(v, tuple), Vector.__mro__[1].__name__, Vector._fields)

class Card(namedtuple("Card", ["rank", "suit"])):
    def __str__(self):
        return f"{self.rank} of {self.suit}"

hand = [Card("Q", "hearts"), Card("3", "spades")]
print(hand[0], str(hand[1]), hand, sorted(hand))
rank, suit = hand[0]
print(rank, suit)
