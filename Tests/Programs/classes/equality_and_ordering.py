# __eq__ and __lt__ drive ==, !=, < and sorted(); reflected comparisons are tried
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return "v" + str(self.major) + "." + str(self.minor)
a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a == c, a != c, a == b, a != b)
print(a < b, b < a, b > a, a > b)
print(sorted([Version(2, 0), b, a, Version(0, 9)]))
print(max([a, b, Version(1, 5)]), min([b, a]))
print(a == "1.2", a != 3)
print(a in [b, c], [a].index(c))
try:
    a <= b
except TypeError as err:
    print("TypeError:", err)
