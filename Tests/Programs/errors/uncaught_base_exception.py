# a custom BaseException subclass is reported like any other exception
class Abort(BaseException):
    pass

print("aborting")
raise Abort("stopped by user code")
