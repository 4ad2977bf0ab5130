# x if cond else y evaluates only the chosen branch and nests right-to-left
def loud(v):
    print("evaluated", v)
    return v
print(loud(1) if True else loud(2))
print(loud(1) if False else loud(2))
n = 5
print("big" if n > 10 else "medium" if n > 3 else "small")
print("neg" if n < 0 else "zero" if n == 0 else "pos")
x = [] if n else None
print(x)
print((1 if n else 2) + 10)
f = lambda v: "even" if v % 2 == 0 else "odd"
print([f(i) for i in range(4)])
