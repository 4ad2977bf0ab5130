# a suspended generator that is dropped (del or rebinding) is closed and runs its finally block
def gen(name):
    try:
        yield name + " 1"
        yield name + " 2"
    finally:
        print("finally for", name)

g = gen("first")
print(next(g))
del g
print("after del")

g = gen("second")
print(next(g))
g = gen("third")
print("after rebind")
print(next(g))
g = None
print("after None")

def use():
    local = gen("local")
    print(next(local))
use()
print("after function returned")
for x in gen("loop"):
    print(x)
    break
print("after break")
