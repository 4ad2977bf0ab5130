# throw() with an exception instance, a class, and a class plus value
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("caught", type(e).__name__, repr(e), e.args)

g = catcher()
next(g)
print(g.throw(ValueError("instance")))
print(g.throw(ValueError))
print(g.throw(ValueError, "from value"))
print(g.throw(ValueError, ("a", 2)))
print(g.throw(ValueError, ValueError("already instance")))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(g)
except StopIteration:
    print("generator is finished")
