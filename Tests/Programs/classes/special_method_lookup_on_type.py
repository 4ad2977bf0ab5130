# implicit dunder calls look up the method on the type, not the instance
class C:
    def __len__(self):
        return 1
    def __str__(self):
        return "class str"
c = C()
c.__len__ = lambda: 99
c.__str__ = lambda: "instance str"
print(len(c), c.__len__())
print(str(c), c.__str__())
C.__len__ = lambda self: 42
print(len(c))
def later_repr(self):
    return "added later"
C.__repr__ = later_repr
print(repr(c), [c])
