# super() follows the C3 MRO in a diamond, so each class runs once
class A:
    def hello(self):
        print("A.hello")
    def __init__(self):
        print("A.__init__")
class B(A):
    def hello(self):
        print("B.hello")
        super().hello()
    def __init__(self):
        print("B.__init__")
        super().__init__()
class C(A):
    def hello(self):
        print("C.hello")
        super().hello()
    def __init__(self):
        print("C.__init__")
        super().__init__()
class D(B, C):
    def hello(self):
        print("D.hello")
        super().hello()
    def __init__(self):
        print("D.__init__")
        super().__init__()
d = D()
d.hello()
print([c.__name__ for c in D.__mro__])
print([c.__name__ for c in D.mro()])
print(isinstance(d, A), issubclass(D, C))
