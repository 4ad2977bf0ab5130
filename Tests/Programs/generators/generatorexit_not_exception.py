# GeneratorExit derives from BaseException, so except Exception does not intercept close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
print(GeneratorExit.__mro__[1].__name__)
def gen():
    try:
        yield 1
    except Exception as e:
        print("wrongly caught", type(e).__name__)
        yield 2
    finally:
        print("finally")

g = gen()
next(g)
g.close()
print("closed cleanly")

def broad():
    try:
        yield 1
    except BaseException as e:
        print("BaseException caught", type(e).__name__)
        raise
b = broad()
next(b)
b.close()
print("done")
