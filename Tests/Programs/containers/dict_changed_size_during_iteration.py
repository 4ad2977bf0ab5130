# Checks RuntimeError when a dict or set changes size while being iterated
d = {1: "a", 2: "b"}
try:
    for k in d:
        d[k + 10] = "new"
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
d2 = {1: "a", 2: "b"}
for k in list(d2):
    del d2[k]
print(d2)
d3 = {1: 1, 2: 2}
for k in d3:
    d3[k] = k * 10
print(d3)
