# Subclasses of list and dict show as their base does unless they define __repr__, and
# list.append behaves the same however it is reached.


class L(list):
    pass


class D(dict):
    pass


class R(list):
    def __repr__(self):
        return "R!"


class Doubling(list):
    def append(self, value):
        super().append(value * 2)


l = L([1, 2])
print(l, repr(l), str(l), f"{l!r}")
print(D(a=1), repr(D(b=[L([3])])))
print([L([1]), D()], R([1]), [R()])

items = []
for i in range(5):
    items.append(i)
list.append(items, 5)
add = items.append
add(6)
print(items)
d = Doubling()
d.append(3)
print(d)
try:
    list.append(5, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    items.append()
except TypeError as e:
    print("TypeError:", e)
try:
    items.append(1, 2)
except TypeError as e:
    print("TypeError:", e)
