# starred targets collect the remaining items into a list
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
*init, last = "hello"
print(init, last)
first, *rest = (10,)
print(first, rest)
x, *y, z = 1, 2
print(x, y, z)
[*everything] = range(4)
print(everything)
*a, = "ab"
print(a)
head, *(mid1, mid2), tail = [1, 2, 3, 4]
print(head, mid1, mid2, tail)
try:
    p, *q, r = [1]
except ValueError as err:
    print("ValueError:", err)
for first, *others in [(1, 2, 3), (4,)]:
    print(first, others)
