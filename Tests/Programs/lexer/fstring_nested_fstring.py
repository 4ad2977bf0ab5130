# f-strings nested inside f-string replacement fields
x = 3
name = "bob"
print(f"{f'{x}'}")
print(f"outer {f'inner {x + 1}'} end")
print(f"{f'{name!r}':>10}|")
w = 6
print(f"{f'{x:{w}}'}|")
print(f"{'-'.join([f'{i}' for i in range(x)])}")
