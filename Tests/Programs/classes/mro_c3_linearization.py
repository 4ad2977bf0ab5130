# the C3 linearization of a larger hierarchy, and an inconsistent one being rejected
class O: pass
class F(O): pass
class E(O): pass
class D(O): pass
class C(D, F): pass
class B(D, E): pass
class A(B, C): pass
for cls in [A, B, C]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as err:
    print("TypeError:", err)
class First:
    def who(self):
        return "First"
class Second:
    def who(self):
        return "Second"
class Both(First, Second): pass
class Swapped(Second, First): pass
print(Both().who(), Swapped().who())
