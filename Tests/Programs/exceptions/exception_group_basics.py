# constructing ExceptionGroup and BaseExceptionGroup; message, exceptions, str and repr
eg = ExceptionGroup("several", [ValueError("v"), TypeError("t")])
print(eg.message)
print(eg.exceptions)
print(str(eg))
print(repr(eg))
print(isinstance(eg, Exception), type(eg).__name__, len(eg.exceptions))
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__, repr(beg))
auto = BaseExceptionGroup("all exceptions", [ValueError(1)])
print(type(auto).__name__)
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [KeyError("b")])])
print(repr(nested))
print(str(nested))
try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("base inside", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
try:
    raise ExceptionGroup("raised", [OSError("x")])
except ExceptionGroup as e:
    print("caught with plain except:", e.exceptions)
