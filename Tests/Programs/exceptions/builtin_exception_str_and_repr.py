# str() and repr() of builtin exceptions with zero, one and several arguments
for e in [ValueError(), ValueError("x"), ValueError("x", 2), ValueError(3),
          KeyError("k"), KeyError(), KeyError("a", "b"), IndexError("i"),
          TypeError(""), StopIteration(5), ZeroDivisionError("division by zero")]:
    print(repr(e), "|", str(e), "|", e.args)
print(repr(Exception("it's")), repr(Exception('say "x"')))
print(str(OSError("o")), type(OSError("o")).__name__)
print(repr(AttributeError("a")), repr(NameError("n")))
