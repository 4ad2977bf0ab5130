# a class with only __getitem__ is iterable until IndexError is raised
class Squares:
    def __getitem__(self, index):
        if index >= 5:
            raise IndexError("done")
        return index * index
print(list(Squares()))
for v in Squares():
    if v > 4:
        break
    print(v)
print(max(Squares()), 9 in Squares())
a, b, c, d, e = Squares()
print(a, e)
it = iter(Squares())
print(next(it), next(it))
