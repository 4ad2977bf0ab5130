# Checks that exit(3) stops the program with status 3 and no stderr output
print("before exit")
exit(3)
print("never printed")
