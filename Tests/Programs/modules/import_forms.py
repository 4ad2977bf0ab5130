# Checks import, import-as, from-import and from-import-as forms, and module attributes
import math
import math as m
from math import sqrt, pi as PI
from functools import reduce
import sys, time
print(math.sqrt(16), m.sqrt(25), sqrt(36), PI == math.pi)
print(m is math, math.__name__, sys.__name__, time.__name__)
print(reduce(lambda a, b: a + b, [1, 2, 3]))
print(type(math).__name__)
try:
    from math import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).startswith("cannot import name 'no_such_name' from 'math'"))
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
try:
    math.no_such_attr
except AttributeError as e:
    print(type(e).__name__, e)
