# and/or return one of their operands and evaluate lazily
def v(x):
    print("eval", repr(x))
    return x
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print("" or "default", [] and "never", None or 0)
print(v(0) and v(1))
print(v(1) or v(2))
print(v(1) and v(0) or v("fallback"))
name = None
print(name or "anonymous")
print(not "", not "x")
print(type(1 and "s").__name__)
