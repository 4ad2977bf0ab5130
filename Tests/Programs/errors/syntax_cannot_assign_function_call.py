# assigning to a call expression is a SyntaxError
def f():
    return 1
f() = 5
