# try/except/else/finally: which blocks run with and without an exception
def run(fail):
    try:
        print("  try")
        if fail:
            raise ValueError("bad")
    except ValueError as e:
        print("  except", e)
    else:
        print("  else")
    finally:
        print("  finally")
    print("  after")
print("no exception:")
run(False)
print("exception:")
run(True)
try:
    pass
finally:
    print("finally without except")
try:
    try:
        raise KeyError("inner")
    finally:
        print("inner finally runs before outer handler")
except KeyError as e:
    print("outer caught", e)
