# identifiers may contain non-ASCII letters and underscores
café = "coffee"
π = 3.14
_private = 1
__dunder = 2
naïve_total = café + "!"
print(café, π, _private, __dunder, naïve_total)
def größe(x):
    return x * 2
print(größe(4), größe.__name__)
class Ünïcode:
    ñ = 5
print(Ünïcode.ñ, Ünïcode.__name__)
_ = "underscore"
print(_)
