# Checks callable() on functions, classes, instances with and without __call__, and values
class Plain: pass
class WithCall:
    def __call__(self):
        return "called"
def f(): pass
print(callable(f), callable(lambda: 1), callable(len), callable(print))
print(callable(int), callable(Plain), callable(Plain()), callable(WithCall()))
print(callable(1), callable("s"), callable(None), callable([]))
print(callable(str.upper), callable("x".upper), callable(WithCall().__call__))
print(WithCall()())
try:
    Plain()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    n = 5
    n()
except TypeError as e:
    print(type(e).__name__, e)
