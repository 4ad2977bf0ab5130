# return at module level is a SyntaxError
x = 5
return x
