# unbounded recursion raises RecursionError and the traceback collapses repeated lines
def descend(n):
    return descend(n + 1)

descend(0)
