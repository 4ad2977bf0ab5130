# a plain invalid token sequence reports "invalid syntax"
x = 1
y = x $ 2
