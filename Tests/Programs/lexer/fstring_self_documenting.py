# the {expr=} form prints the expression text, then the repr (or formatted value)
x = 10
name = "Ann"
print(f"{x=}")
print(f"{name=}")
print(f"{x + 1=}")
print(f"{x = }")
print(f"{name=!s}")
print(f"{x=:>5}")
print(f"{name=:*^9}")
print(f"{x * 2 = }, {name.lower()=}")
items = [1, 2]
print(f"{items[0]=} {len(items)=}")
