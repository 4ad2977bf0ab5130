# close() on a generator that yields again while handling GeneratorExit raises RuntimeError
def stubborn():
    try:
        yield 1
    finally:
        print("in finally")
        yield 2
        print("not reached")

g = stubborn()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def swallow():
    ignored = 0
    while True:
        try:
            yield "tick"
        except GeneratorExit:
            if ignored:
                print("second close accepted")
                raise
            ignored += 1
            print("ignoring exit")

s = swallow()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
s.close()
print("closed", next(s, "exhausted"))
