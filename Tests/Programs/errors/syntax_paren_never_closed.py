# a missing closing parenthesis is reported at the opening one
print("start"
x = 1
