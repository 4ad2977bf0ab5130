# break and continue inside try still run finally blocks
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
print("loop done")
def search():
    for i in range(5):
        try:
            if i == 3:
                return i
        finally:
            print("cleanup", i)
print("returned", search())
n = 0
while True:
    try:
        n += 1
        if n < 3:
            continue
        break
    finally:
        print("while finally", n)
def break_in_finally():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            break
    return "exception discarded by break, i=" + str(i)
print(break_in_finally())
