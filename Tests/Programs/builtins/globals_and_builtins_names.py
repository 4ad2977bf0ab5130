# Checks that module-level names appear in globals() and __name__ is __main__
counter = 10
def show():
    return "counter" in globals(), globals()["counter"]
print(__name__)
print(show())
globals()["created"] = "dynamically"
print(created)
print("show" in globals(), "len" in globals())
print(type(globals()).__name__)
