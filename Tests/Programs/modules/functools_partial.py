# Checks functools.partial with positional and keyword arguments, overriding and attributes
from functools import partial
def power(base, exp, mod=None):
    if mod is None:
        return base ** exp
    return pow(base, exp, mod)
square = partial(power, exp=2)
two_to = partial(power, 2)
print(square(5), square(base=7), two_to(10), two_to(10, mod=1000))
print(square(3, exp=3))
p = partial(power, 3, 4, mod=5)
print(p(), p.func is power, p.args, p.keywords)
join_dash = partial("-".join)
print(join_dash(["a", "b"]))
nested = partial(partial(power, 2), 8)
print(nested(), nested.args)
int_base2 = partial(int, base=2)
print(int_base2("1010"), int_base2("11", base=10))
print(callable(square), type(square).__name__)
try:
    two_to()
except TypeError as e:
    print(type(e).__name__, e)
