# infinite generators consumed with zip, manual break and a hand-written islice
def naturals():
    n = 0
    while True:
        yield n
        n += 1

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def take(n, it):
    it = iter(it)
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return

print(list(take(10, fib())))
print(list(zip(naturals(), "abc")))
for n in naturals():
    if n * n > 50:
        print("first square over 50:", n)
        break
squares = (n * n for n in naturals())
print(list(take(5, squares)))
print(list(take(3, squares)))
print(list(take(5, [1, 2])))
def cycle(seq):
    while True:
        yield from seq
print(list(take(7, cycle("ab"))))
