# relationships between common builtin exception classes
pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (ZeroDivisionError, ArithmeticError),
    (OverflowError, ArithmeticError), (UnboundLocalError, NameError), (RecursionError, RuntimeError),
    (NotImplementedError, RuntimeError), (ModuleNotFoundError, ImportError), (FileNotFoundError, OSError),
    (StopIteration, Exception), (Exception, BaseException), (KeyboardInterrupt, Exception),
    (ExceptionGroup, BaseExceptionGroup), (ExceptionGroup, Exception), (BaseExceptionGroup, Exception),
    (TypeError, ValueError), (UnicodeDecodeError, ValueError), (AssertionError, Exception),
]
for sub, base in pairs:
    print(sub.__name__, base.__name__, issubclass(sub, base))
print([c.__name__ for c in KeyError.__mro__])
