# assigning to a keyword constant such as None
x = 1
None = x
