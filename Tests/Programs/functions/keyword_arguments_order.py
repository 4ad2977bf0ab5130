# keyword arguments may be given in any order; defaults fill the rest
def box(width, height=1, depth=1, label="box"):
    return label + ":" + str(width * height * depth)
print(box(2))
print(box(2, 3))
print(box(depth=4, width=2))
print(box(label="crate", height=2, width=3, depth=5))
print(box(1, 2, 3, "cube"))
def echo(a, b):
    return a, b
print(echo(b="B", a="A"))
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3))
