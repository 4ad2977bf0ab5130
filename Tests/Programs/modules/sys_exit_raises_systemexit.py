# Checks sys.exit raises SystemExit, which can be caught and inspected
import sys
for arg in [None, 0, 5, "msg"]:
    try:
        if arg is None:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print(type(e).__name__, repr(e.code), e.args)
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
try:
    sys.exit(1)
except Exception:
    print("not caught by Exception")
except BaseException:
    print("caught by BaseException")
try:
    raise SystemExit(7)
except SystemExit as e:
    print(e.code)
print("still running")
