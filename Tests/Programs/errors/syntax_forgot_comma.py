# two expressions side by side in a list trigger the forgotten-comma hint
items = [1, 2 3, 4]
