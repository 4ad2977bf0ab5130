# PEP 479: the RuntimeError that replaces a StopIteration leaving a generator is raised where
# the generator was resumed, so its traceback starts there; the StopIteration keeps its own.

def numbers():
    yield 1
    raise StopIteration("too early")


print(list(numbers()))
