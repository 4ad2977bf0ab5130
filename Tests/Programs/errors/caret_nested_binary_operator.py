# the carets point at the innermost failing binary operation within a larger expression
a = 10
b = 0
c = 5
result = c * 2 + a // b - 1
