# 3.11 also suggests builtin names, here for a misspelt call
values = [3, 1, 2]
print(sortd(values))
