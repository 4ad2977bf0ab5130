# super() calls that reach builtin methods (Exception.__init__, dict.get, list.append, class
# methods of builtins), and properties added to a class after it was made: stores go through them
# for its instances and its subclasses', and a property without a name says so.

class D(dict):
    def f(self):
        return super().fromkeys([1, 2])
    def g(self):
        return super().get("a", 5)
print(D().f(), D(a=1).g())
class I(int):
    def f(self):
        return super().from_bytes(b"\x01\x00", "big"), super().bit_length()
print(I(5).f())
class S(str):
    def f(self):
        return super().maketrans("a", "b"), super().upper()
print(S("x").f())
class E(Exception):
    def __init__(self, a):
        super().__init__("msg", a)
        self.a = a
e = E(3)
print(e.args, e.a, str(e), repr(e))
class L(list):
    def append(self, x):
        super().append(x * 2)
l = L(); l.append(2); print(l)
class A: pass
a = A()
a.q = 1
A.p = property(lambda s: 1, lambda s, v: print("set", v))
a.p = 5
print(a.p, vars(a))
class B(A): pass
b = B()
b.p = 6
class Err(Exception): pass
Err.code = property(lambda s: 42)
x = Err()
try:
    x.code = 1
except AttributeError as err:
    print("AttributeError", err)
print(x.code)
