# super() calls the parent's implementation, in __init__ and in other methods
class Base:
    def __init__(self, x):
        print("Base.__init__", x)
        self.x = x
    def describe(self):
        return "Base(" + str(self.x) + ")"
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        print("Child.__init__", y)
        self.y = y
    def describe(self):
        return "Child[" + super().describe() + ", " + str(self.y) + "]"
class GrandChild(Child):
    def describe(self):
        return "Grand<" + super(GrandChild, self).describe() + ">"
c = GrandChild(1, 2)
print(c.describe())
print(c.x, c.y)
class Explicit(Base):
    def describe(self):
        return Base.describe(self) + "!"
print(Explicit(7).describe())
