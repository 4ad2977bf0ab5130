# Checks the repr of builtin functions, builtin types and builtin methods
print(len)
print(repr(print), repr(abs), repr(isinstance))
print(int, float, str, bool, list, tuple, dict, set, frozenset, range, type, object)
print(repr(None), repr(NotImplemented), repr(Ellipsis))
print(len.__name__, print.__name__, max.__name__)
print(ZeroDivisionError, ValueError, Exception, BaseException)
print(str(len) == repr(len))
