# raise X from Y sets __cause__ and __suppress_context__; from None hides the context
class AppError(Exception):
    pass
def load():
    try:
        {}["config"]
    except KeyError as e:
        raise AppError("config missing") from e
try:
    load()
except AppError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
    print(e.__context__ is e.__cause__)
def hide():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
try:
    hide()
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
try:
    raise RuntimeError("direct") from TypeError("unrelated")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)
