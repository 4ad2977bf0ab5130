# Checks an uncaught ValueError from int() prints a traceback and exits with status 1
values = ["1", "2", "three"]
total = 0
for v in values:
    total += int(v)
    print("running total", total)
print("unreachable")
