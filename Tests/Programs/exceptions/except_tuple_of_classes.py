# an except clause with a tuple catches any of the listed classes
def classify(action):
    try:
        action()
    except (KeyError, IndexError) as e:
        return "lookup: " + type(e).__name__
    except (TypeError, ValueError):
        return "bad value or type"
print(classify(lambda: {}["x"]))
print(classify(lambda: [][0]))
print(classify(lambda: int("x")))
print(classify(lambda: 1 + "x"))
print(classify(lambda: None))
errors = (ZeroDivisionError, AttributeError)
try:
    None.missing
except errors as e:
    print("caught via variable tuple:", type(e).__name__)
try:
    1 % 0
except (ValueError, ZeroDivisionError, ValueError) as e:
    print("repeated classes are fine:", e)
