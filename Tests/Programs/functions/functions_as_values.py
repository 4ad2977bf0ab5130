# functions are objects: stored, passed, returned and compared
def double(x):
    return x * 2
def negate(x):
    return -x
ops = {"double": double, "negate": negate}
print(ops["double"](5), ops["negate"](5))
pipeline = [double, negate, double]
value = 3
for fn in pipeline:
    value = fn(value)
print(value)
def apply_twice(fn, x):
    return fn(fn(x))
print(apply_twice(double, 3), apply_twice(lambda s: s + "!", "hey"))
alias = double
print(alias is double, alias(21), alias.__name__)
print(sorted([3, -1, 2], key=negate))
print(list(map(double, [1, 2, 3])), list(filter(lambda n: n > 1, [0, 1, 2, 3])))
print(callable(double), callable(5))
def f():
    pass
f.custom = "attribute"
print(f.custom)
