# Checks bool() conversion and __bool__/__len__ based truthiness of objects
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(0.1), bool(""), bool(" "))
print(bool(None), bool([]), bool([[]]), bool({}), bool(()), bool(range(0)))
class AlwaysFalse:
    def __bool__(self):
        return False
class Empty:
    def __len__(self):
        return 0
class Plain: pass
print(bool(AlwaysFalse()), bool(Empty()), bool(Plain()))
print(not AlwaysFalse(), "yes" if Empty() else "no")
print(True and "x", False or [], None or 0 or "last", 1 and 2 and 3)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)
