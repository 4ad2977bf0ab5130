# if __enter__ raises, the body and __exit__ are skipped; exceptions in __exit__ replace the original
class BadEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit should not run")
try:
    with BadEnter():
        print("body should not run")
except RuntimeError as err:
    print("caught", err)
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        raise KeyError("from exit")
try:
    with BadExit():
        raise ValueError("from body")
except KeyError as err:
    print("caught", repr(err), "context:", repr(err.__context__))
