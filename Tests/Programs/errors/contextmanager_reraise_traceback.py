# An exception a @contextmanager generator lets through keeps the traceback it had when it left
# the with block: the generator's frame and contextlib's are not added to it.
import contextlib


@contextlib.contextmanager
def tracked(name):
    print("enter", name)
    try:
        yield name
    finally:
        print("leave", name)


with tracked("outer") as name:
    print("inside", name)
    {}["missing"]
