# while loops with continue, break, and else running only without break
i = 0
while i < 10:
    i += 1
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
else:
    print("else not reached")
print("after", i)
n = 3
while n > 0:
    n -= 1
else:
    print("else runs when condition becomes false", n)
while False:
    pass
else:
    print("else runs even with zero iterations")
count = 0
while True:
    count += 1
    if count == 4:
        break
print("count", count)
