# a closing bracket of the wrong kind names both brackets
total = sum([1, 2, 3)
print(total)
