# an exception raised by __exit__ replaces the body's exception, with chaining shown
class Resource:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise RuntimeError("close failed")

with Resource():
    print("using resource")
    raise ValueError("work failed")
