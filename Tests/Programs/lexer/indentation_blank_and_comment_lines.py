# blank lines, whitespace-only lines and comments at any indentation do not affect blocks
def f(x):

    # a comment at block indentation
    y = x + 1
# a comment at column zero inside the function body

        # a comment indented deeper than the block
    
    z = y * 2   # trailing comment
	
    return z
  # comment at an odd indentation

print(f(1))
print(f(10))

if f(0) == 2:
    # only a comment line before the statement

    print("comment lines ignored")
else:
    print("wrong")
