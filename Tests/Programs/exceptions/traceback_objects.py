# Traceback objects: the same object while an exception's traceback does not change, the one
# __exit__ receives, and __traceback__ and with_traceback() that replace it.
import sys


def fail():
    raise ValueError("inner")


class Check:
    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        print("same object:", value.__traceback__ is tb, tb is sys.exc_info()[2])
        print("lines:", tb.tb_lineno, tb.tb_next.tb_lineno)
        return True


with Check():
    fail()

try:
    fail()
except ValueError as e:
    print(e.__traceback__ is e.__traceback__)
    first = e.__traceback__
    e.__traceback__ = None
    print(e.__traceback__)
    e.__traceback__ = first
    print(e.__traceback__ is first, e.__traceback__.tb_next.tb_lineno)
    print(e.with_traceback(None) is e, e.__traceback__)
    try:
        e.__traceback__ = "nope"
    except TypeError as t:
        print("TypeError:", t)


def keep_outer_only():
    try:
        fail()
    except ValueError as e:
        outer = e.__traceback__
        try:
            raise e.with_traceback(None)
        except ValueError as again:
            print("frames after with_traceback(None):", again.__traceback__.tb_next)


keep_outer_only()

for call in (lambda: ValueError().with_traceback(), lambda: ValueError().with_traceback(None, None),
             lambda: ValueError.with_traceback(0, None)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

group = ExceptionGroup("g", [ValueError(1)])
for call in (lambda: ValueError().add_note(), lambda: ValueError().add_note(1), lambda: group.split(),
             lambda: group.subgroup(ValueError, KeyError)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
