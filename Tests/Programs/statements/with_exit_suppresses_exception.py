# __exit__ receives the exception and suppresses it by returning a true value
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit without exception")
            return False
        print("exit saw", exc_type.__name__, exc.args, tb is not None)
        return issubclass(exc_type, self.types)
with Suppress(KeyError):
    {}["missing"]
    print("not reached")
print("continued after suppressed KeyError")
with Suppress(KeyError):
    print("clean body")
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError as err:
    print("propagated:", err)
with Suppress(LookupError), Suppress(ZeroDivisionError):
    [][0]
print("outer manager suppressed IndexError")
