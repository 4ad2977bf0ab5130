# mixing tabs and spaces inconsistently is a TabError
if True:
        x = 1
	y = 2
