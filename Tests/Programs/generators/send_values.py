# send() resumes the generator with a value that becomes the result of the yield expression
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            print("got None")
            continue
        total += value

acc = accumulator()
print(acc.send(None))
print(acc.send(5))
print(acc.send(10))
print(next(acc))
print(acc.send(-3))

def echo():
    received = yield "ready"
    while received != "stop":
        received = yield "echo " + str(received)
    return "stopped"

e = echo()
print(next(e))
print(e.send("hi"))
print(e.send(42))
try:
    e.send("stop")
except StopIteration as s:
    print("StopIteration", s.value)
