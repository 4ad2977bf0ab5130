# split and subgroup partition an exception group by type or predicate, keeping nesting
eg = ExceptionGroup("top", [
    ValueError("v1"),
    TypeError("t1"),
    ExceptionGroup("nested", [ValueError("v2"), KeyError("k")]),
])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(KeyError)))
print(eg.subgroup(OSError))
print(repr(eg.subgroup(lambda e: isinstance(e, (TypeError, KeyError)))))
m, r = eg.split((ValueError, TypeError, KeyError))
print(m is eg, r)
m, r = eg.split(lambda e: str(e) == "v2")
print(repr(m))
print(eg.subgroup(ExceptionGroup) is eg)
