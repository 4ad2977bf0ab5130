# generator expressions are lazy: side effects happen only as items are requested, interleaved with the consumer
def source():
    for i in range(3):
        print("produce", i)
        yield i

def square(x):
    print("square", x)
    return x * x

g = (square(x) for x in source())
print("created")
for v in g:
    print("consume", v)
h = (square(x) for x in source() if x != 1)
print(next(h))
print("pause")
print(next(h))
print(next(h, "end"))
