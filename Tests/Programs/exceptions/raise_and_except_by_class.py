# raise with a class or an instance; handlers match by class including base classes, first match wins
def check(exc):
    try:
        raise exc
    except KeyError:
        return "KeyError handler"
    except LookupError:
        return "LookupError handler"
    except ArithmeticError as e:
        return "ArithmeticError handler: " + type(e).__name__
    except Exception:
        return "Exception handler"
print(check(KeyError("k")))
print(check(IndexError))
print(check(ZeroDivisionError()))
print(check(OverflowError("big")))
print(check(ValueError))
try:
    raise TypeError
except TypeError as e:
    print(repr(e), e.args)
try:
    try:
        raise ValueError("inner")
    except TypeError:
        print("wrong handler")
except ValueError as e:
    print("outer handler got", e)
