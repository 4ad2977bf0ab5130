# `in` uses __contains__, falling back to __iter__ and then __getitem__
class Evens:
    def __contains__(self, item):
        print("checking", item)
        return item % 2 == 0
e = Evens()
print(4 in e, 3 in e, 3 not in e)
class ByIter:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in ByIter(), 5 in ByIter())
class ByGetItem:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(20 in ByGetItem(), 25 in ByGetItem())
class Truthy:
    def __contains__(self, item):
        return "yes"
print(1 in Truthy())
try:
    1 in object()
except TypeError as err:
    print("TypeError:", err)
