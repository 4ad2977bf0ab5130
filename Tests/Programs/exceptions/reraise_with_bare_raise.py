# a bare raise re-raises the exception currently being handled
def risky():
    raise ValueError("original")
def wrapper():
    try:
        risky()
    except ValueError:
        print("logging and re-raising")
        raise
try:
    wrapper()
except ValueError as e:
    print("outer got", repr(e))
try:
    try:
        raise KeyError("a")
    except KeyError as e:
        try:
            raise TypeError("b")
        except TypeError:
            pass
        raise
except KeyError as e:
    print("re-raised the outer one:", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
