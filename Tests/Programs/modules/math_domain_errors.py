# Checks ValueError "math domain error" and OverflowError "math range error"
import math
tests = [
    lambda: math.sqrt(-1),
    lambda: math.log(0),
    lambda: math.log(-5),
    lambda: math.log2(-1),
    lambda: math.log10(0),
    lambda: math.acos(2),
    lambda: math.asin(-1.5),
    lambda: math.exp(1000),
    lambda: math.pow(10, 400),
    lambda: math.pow(0, -1),
    lambda: math.log(10, 1),
    lambda: math.sqrt(math.inf),
]
for t in tests:
    try:
        print(t())
    except ValueError as e:
        print(type(e).__name__, e)
    except OverflowError as e:
        print(type(e).__name__, e)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
