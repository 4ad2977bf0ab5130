# 3.11 add_note stores notes in __notes__
e = ValueError("bad")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    try:
        raise KeyError("k")
    except KeyError as err:
        err.add_note("while loading config")
        raise
except KeyError as err:
    print(repr(err), err.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print("TypeError:", err)
