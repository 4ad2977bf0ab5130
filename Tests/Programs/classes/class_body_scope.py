# the class body is a namespace; methods cannot see class variables without self or the class
x = "global x"
class C:
    x = "class x"
    y = x + " used in body"
    def method(self):
        return x
    def via_self(self):
        return self.x
    def via_class(self):
        return C.x
    z = [x]
c = C()
print(C.y)
print(c.method(), "|", c.via_self(), "|", c.via_class())
print(C.z)
class Counter:
    total = 0
    for i in range(3):
        total += i
    del i
print(Counter.total, hasattr(Counter, "i"))
def factory(v):
    class Made:
        value = v
    return Made
print(factory(1).value, factory(2).value, factory(1) is factory(1))
