# `as` binds the exception, .args holds constructor arguments, and the name is unbound after the handler
try:
    raise ValueError("message", 42)
except ValueError as e:
    print(e.args, str(e), repr(e))
try:
    raise ValueError("only")
except ValueError as e:
    print(e.args, str(e))
try:
    raise ValueError()
except ValueError as e:
    print(e.args, repr(str(e)), repr(e))
e = "before"
try:
    raise KeyError("x")
except KeyError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
err2 = RuntimeError(1, [2])
print(err2.args, str(err2), isinstance(err2, Exception))
