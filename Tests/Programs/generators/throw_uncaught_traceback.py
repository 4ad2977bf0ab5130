# an exception thrown into a generator and not handled shows both the throw() call and the yield in the traceback
def worker():
    print("started")
    yield "first"
    yield "second"

w = worker()
print(next(w))
w.throw(LookupError("thrown in"))
