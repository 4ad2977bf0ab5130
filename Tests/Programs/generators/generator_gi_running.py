# gi_running is True only while the generator's body is executing
def observed():
    print("inside first:", gen.gi_running)
    x = yield 1
    print("inside after send:", gen.gi_running)
    yield x

gen = observed()
print("before start:", gen.gi_running)
print(next(gen))
print("suspended:", gen.gi_running)
print(gen.send("v"))
print("suspended again:", gen.gi_running)
print(list(gen))
print("finished:", gen.gi_running)
def failing():
    yield 1
    raise KeyError("k")
f = failing()
next(f)
try:
    next(f)
except KeyError:
    print("after exception:", f.gi_running)
