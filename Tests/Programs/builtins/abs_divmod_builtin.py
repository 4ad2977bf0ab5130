# Checks abs() and divmod() including user classes with __abs__ and error messages
class V:
    def __init__(self, n):
        self.n = n
    def __abs__(self):
        return "abs of " + str(self.n)
print(abs(-3), abs(3.5), abs(-0.0), abs(False), abs(V(-2)))
print(divmod(20, 6), divmod(-20, 6), divmod(20.5, 6), divmod(True, 2))
try:
    abs("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(1, "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
