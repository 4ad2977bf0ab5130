# assignment expressions bind names inside if and while conditions
data = [3, 1, 4, 1, 5, 9, 2, 6]
if (n := len(data)) > 5:
    print("long list of", n)
print(n)
items = list(data)
while (item := items.pop()) != 1:
    print("popped", item)
print("stopped at", item, "remaining", items)
if (m := 0):
    print("no")
else:
    print("m is", m)
print((y := 10) + y)
def f(x):
    return (z := x * 2), z + 1
print(f(4))
