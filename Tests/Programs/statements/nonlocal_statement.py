# nonlocal rebinds a variable in the nearest enclosing function scope
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    inner()
    return x
print(outer())
def make_counter():
    count = 0
    def bump(step=1):
        nonlocal count
        count += step
        return count
    return bump
c = make_counter()
print(c(), c(), c(5))
c2 = make_counter()
print(c2(), c())
def levels():
    a = 1
    def middle():
        a = 2
        def innermost():
            nonlocal a
            a += 10
        innermost()
        return a
    return middle(), a
print(levels())
