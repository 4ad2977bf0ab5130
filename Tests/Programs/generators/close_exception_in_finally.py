# an exception raised while a generator handles close() propagates from close() with GeneratorExit as context
def gen():
    try:
        yield 1
    finally:
        raise ValueError("cleanup failed")

g = gen()
next(g)
try:
    g.close()
except ValueError as e:
    print("ValueError:", e)
    print("context:", type(e.__context__).__name__)
print(next(g, "finished"))

def converts():
    try:
        yield 1
    except GeneratorExit:
        raise KeyError("converted")
k = converts()
next(k)
try:
    k.close()
except KeyError as e:
    print("KeyError:", e)
