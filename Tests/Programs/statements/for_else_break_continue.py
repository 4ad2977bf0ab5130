# for loops with continue, break, else, and nested loops breaking only the inner one
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if j == 0:
            continue
        print(i, j)
    else:
        print("inner else never")
total = 0
for x in range(10):
    if x % 3:
        continue
    total += x
print("total", total)
for ch in "ab":
    pass
print("loop variable keeps last value:", ch)
