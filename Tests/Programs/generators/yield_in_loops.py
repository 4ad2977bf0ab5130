# yield inside for and while loops, with break/continue, resumes exactly where it left off
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    print("countdown done")

def evens_until(limit):
    for i in range(100):
        if i % 2:
            continue
        if i > limit:
            break
        yield i
    print("evens done at", i)

def nested():
    for a in "ab":
        for b in range(2):
            yield a + str(b)

for x in countdown(3):
    print("got", x)
print(list(evens_until(7)))
print(list(nested()))
g = countdown(2)
print(next(g))
print("between")
print(next(g))
print(list(g))
