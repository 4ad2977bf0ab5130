# an exception raised inside a generator expression shows a <genexpr> frame in the traceback
def invert(x):
    return 1 / x

values = [4, 2, 0, 1]
print(sum(invert(v) for v in values[:2]))
print(sum(invert(v) for v in values))
