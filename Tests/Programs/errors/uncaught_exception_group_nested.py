# nested exception groups are drawn as nested boxes with numbered entries
def leaf_failure():
    raise TypeError("leaf failed")

def inner():
    errors = []
    try:
        leaf_failure()
    except TypeError as e:
        errors.append(e)
    errors.append(ValueError("second"))
    raise ExceptionGroup("inner group", errors)

try:
    inner()
except ExceptionGroup as eg:
    raise ExceptionGroup("outer group", [eg, OSError("disk")])
