# a compound statement with no indented body is an IndentationError
if True:
print("not indented")
