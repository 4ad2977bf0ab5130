# a closing bracket with no opening one
values = (1, 2))
print(values)
