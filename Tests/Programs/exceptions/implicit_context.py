# an exception raised while handling another records it as __context__
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise KeyError("first")
    finally:
        raise ValueError("from finally")
except ValueError as e:
    print("finally context:", repr(e.__context__))
try:
    raise ValueError("no context")
except ValueError as e:
    print(e.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            [][1]
        except IndexError:
            raise TypeError("third")
except TypeError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))
