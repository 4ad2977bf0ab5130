# caught exceptions carry a __traceback__; with_traceback returns the same exception
try:
    raise ValueError("x")
except ValueError as e:
    print(e.__traceback__ is not None, type(e.__traceback__).__name__)
    print(e.__traceback__.tb_lineno)
fresh = KeyError("y")
print(fresh.__traceback__)
same = fresh.with_traceback(None)
print(same is fresh)
