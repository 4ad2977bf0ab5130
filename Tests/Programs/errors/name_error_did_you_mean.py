# 3.11 suggests a similar existing name for a NameError
number_of_items = 3
print(number_of_itmes)
