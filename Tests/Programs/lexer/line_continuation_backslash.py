# a backslash at the end of a line joins it with the next line
total = 1 + \
        2 + \
    3
print(total)

if total > 5 and \
   total < 10:
    print("in range")

name = "con" \
       "cat"
print(name)

x = \
5
print(x)

def f(a, b):
    return a - b
print(f(10, \
        3))
assert total == 6, \
    "never shown"
print("done")
