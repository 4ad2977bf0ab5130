# a TypeError raised by a builtin call inside an expression
def size(x):
    return len(x) * 2

print(size("abc"))
print(size(42))
