# notes added with add_note are printed after the exception line
def load():
    try:
        raise ValueError("bad value")
    except ValueError as e:
        e.add_note("while loading settings.ini")
        e.add_note("line 12")
        raise

load()
