# Checks functools.wraps copies __name__, __doc__ and __wrapped__ onto decorator wrappers
import functools
def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper
def plain_decorator(fn):
    def wrapper(*args):
        return fn(*args)
    return wrapper
@logged
def add(a, b=0):
    """Add two numbers."""
    return a + b
@plain_decorator
def sub(a, b):
    """Subtract."""
    return a - b
print(add(2, b=3))
print(add.__name__, add.__doc__)
print(add.__wrapped__(10, 1))
print(sub.__name__, sub.__doc__, sub(5, 3))
print(hasattr(sub, "__wrapped__"))
