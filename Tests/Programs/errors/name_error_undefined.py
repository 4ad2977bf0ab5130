# using a name that was never defined raises NameError
count = 1
print(count)
print(total)
