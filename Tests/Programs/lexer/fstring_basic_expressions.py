# f-strings evaluate arbitrary expressions including calls, indexing and conditionals
name = "world"
n = 7
items = [1, 2, 3]
d = {"key": "value"}
print(f"hello {name}")
print(f"{n} squared is {n * n}")
print(f"{items[1]} {items[-1]} {len(items)}")
print(f"{'even' if n % 2 == 0 else 'odd'}")
print(f"{name.upper()}{name[::-1]}")
print(f"{[x * 2 for x in items]}")
print(f"{d}")
print(f"{(lambda v: v + 1)(n)}")
print(f"{n}{n}{n}")
print(f"")
print(f"{3.5} {True} {None}")
print(F"capital F {n}")
print(f"{ n + 1 }")
