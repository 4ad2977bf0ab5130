# user-defined exception classes with inheritance, custom __init__ and __str__
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, name):
        super().__init__(name)
        self.name = name
    def __str__(self):
        return "not found: " + self.name
class PermissionDenied(AppError):
    code = 403
for exc in [NotFound("file.txt"), PermissionDenied("no", "way"), AppError()]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound", e, e.name, e.args, repr(e))
    except AppError as e:
        print(type(e).__name__, str(e), e.args, getattr(e, "code", None))
print(issubclass(NotFound, Exception), NotFound.__mro__[1].__name__)
class WithoutSuper(Exception):
    def __init__(self, a, b):
        self.a = a
try:
    raise WithoutSuper(1, 2)
except WithoutSuper as e:
    print(e.args, str(e), e.a)
