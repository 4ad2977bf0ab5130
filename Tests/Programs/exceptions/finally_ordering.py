# finally blocks run in order while an exception unwinds through nested calls
def inner():
    try:
        print("inner try")
        raise ValueError("boom")
    finally:
        print("inner finally")
def middle():
    try:
        inner()
    finally:
        print("middle finally")
def outer():
    try:
        middle()
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
outer()
def nested():
    try:
        try:
            return "value"
        finally:
            print("first finally")
    finally:
        print("second finally")
print(nested())
