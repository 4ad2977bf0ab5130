# StopIteration ends manual iteration; next() with a default avoids it
it = iter([1, 2])
print(next(it), next(it))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
print(next(it, "default"))
class Once:
    def __init__(self):
        self.done = False
    def __iter__(self):
        return self
    def __next__(self):
        if self.done:
            raise StopIteration("finished")
        self.done = True
        return "only item"
o = Once()
print(list(o))
try:
    next(o)
except StopIteration as e:
    print(repr(e), e.value)
