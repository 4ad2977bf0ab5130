# Checks list append, extend, insert, remove, pop, clear and copy
a = [1, 2, 3]
a.append(4)
a.extend([5, 6])
a.extend(range(7, 9))
a.extend("ab")
print(a)
a.insert(0, "first")
a.insert(-1, "before-last")
a.insert(100, "end")
a.insert(-100, "start")
print(a)
a.remove("a")
print(a.pop(), a.pop(0), a.pop(-2), a.pop(1))
print(a)
b = a.copy()
b.append("only-b")
print(len(a), len(b), a == b[:-1])
a.clear()
print(a, b[-1])
try:
    [].pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1].pop(5)
except IndexError as e:
    print(type(e).__name__, e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print(type(e).__name__, e)
print([1].append(2))
