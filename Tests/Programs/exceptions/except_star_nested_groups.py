# except* matches leaves inside nested groups and preserves the nesting structure
try:
    raise ExceptionGroup("outer", [
        ValueError("a"),
        ExceptionGroup("inner", [ValueError("b"), TypeError("c")]),
        TypeError("d"),
    ])
except* ValueError as g:
    print("values:", repr(g))
except* TypeError as g:
    print("types:", repr(g))
def raise_in_handler():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("handling ValueError part")
    except* TypeError:
        print("handling TypeError part")
    print("after try")
raise_in_handler()
try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ValueError:
        raise KeyError("new")
except KeyError as e:
    print("a lone exception raised in a handler propagates as is:", repr(e))
    print("its context is the matched group:", repr(e.__context__))
