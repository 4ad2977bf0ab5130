# except* runs every matching handler with the matching part of the group
def run(excs):
    try:
        raise ExceptionGroup("batch", excs)
    except* ValueError as g:
        print("ValueError handler:", repr(g))
    except* (TypeError, KeyError) as g:
        print("Type/Key handler:", [repr(e) for e in g.exceptions])
run([ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
run([KeyError("only")])
try:
    run([ValueError(1), OSError("unhandled")])
except ExceptionGroup as rest:
    print("left over:", repr(rest))
try:
    raise ValueError("naked")
except* ValueError as g:
    print("naked exception wrapped:", repr(g))
