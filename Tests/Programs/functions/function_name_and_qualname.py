# __name__ and __qualname__ of plain, nested, lambda and method functions
def top():
    def inner():
        pass
    return inner
class K:
    def method(self):
        pass
    class Nested:
        def deep(self):
            pass
square = lambda x: x
print(top.__name__, top.__qualname__)
print(top().__name__, top().__qualname__)
print(K.method.__name__, K.method.__qualname__)
print(K.Nested.deep.__qualname__, K.Nested.__qualname__)
print(square.__name__, square.__qualname__)
print(K.__name__, K.__module__)
print(top.__module__)
def renamed():
    pass
renamed.__name__ = "new_name"
print(renamed.__name__)
