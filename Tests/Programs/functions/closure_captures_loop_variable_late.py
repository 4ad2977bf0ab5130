# closures see the variable's latest value, not the value at definition
funcs = []
for i in range(3):
    def show():
        return i
    funcs.append(show)
print([fn() for fn in funcs])
i = "changed"
print([fn() for fn in funcs])
def make_all():
    result = []
    for j in range(3):
        result.append(lambda: j * 10)
    return result
print([fn() for fn in make_all()])
def make_bound():
    result = []
    for j in range(3):
        result.append(lambda j=j: j * 10)
    return result
print([fn() for fn in make_bound()])
def outer():
    x = 1
    def get():
        return x
    x = 2
    return get
print(outer()())
