# assigning to a literal is a SyntaxError with a hint
1 = x
