# when both sides return NotImplemented, == falls back to identity and < raises TypeError
class A:
    def __eq__(self, other):
        print("A.__eq__")
        return NotImplemented
class B:
    def __eq__(self, other):
        print("B.__eq__")
        return NotImplemented
a, b = A(), B()
print(a == b)
print(a == a)
print(a != b)
class Smart:
    def __eq__(self, other):
        return "Smart.__eq__ result"
    def __gt__(self, other):
        return "Smart.__gt__ result"
print(1 == Smart(), Smart() == 1)
print(1 < Smart())
try:
    a < b
except TypeError as err:
    print("TypeError:", err)
