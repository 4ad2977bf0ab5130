# a for loop over a list sees items appended during iteration
items = [1, 2, 3]
for x in items:
    if x < 3:
        items.append(x + 10)
    print(x)
print(items)
r = range(3)
for i in r:
    i = 100
print(i)
seen = []
d = {"a": 1, "b": 2}
for k in d:
    seen.append(k)
print(seen)
