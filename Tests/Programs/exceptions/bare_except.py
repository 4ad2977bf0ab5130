# a bare except catches everything, including non-Exception BaseExceptions
class Custom(BaseException):
    pass
for exc in [ValueError("v"), KeyboardInterrupt(), Custom("c"), SystemExit(3)]:
    try:
        raise exc
    except:
        print("caught", type(exc).__name__)
try:
    raise Custom()
except Exception:
    print("not here")
except BaseException as e:
    print("BaseException handler", type(e).__name__)
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, BaseException))
