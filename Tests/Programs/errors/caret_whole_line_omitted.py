# no caret line is printed when the failing expression spans the whole line
def fail():
    raise RuntimeError("no carets for a whole-line raise")

fail()
