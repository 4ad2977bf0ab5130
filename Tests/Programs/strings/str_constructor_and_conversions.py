# Checks str() of various types and objects with __str__/__repr__
class A:
    def __repr__(self):
        return "A()"
class B:
    def __str__(self):
        return "B-str"
    def __repr__(self):
        return "B-repr"
print(str(), repr(str()))
print(str(1), str(-2.5), str(1e100), str(None), str(True), str(2 ** 70))
print(str(A()), repr(A()), [A()])
print(str(B()), repr(B()), [B()], f"{B()}", f"{B()!r}")
print(str(int), str(str), str(len))
print(str("already"))
