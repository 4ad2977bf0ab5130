# type(obj) returns the class; __name__ gives its name; classes are objects too
class Widget:
    pass
w = Widget()
print(type(w).__name__, type(Widget).__name__, type(type).__name__)
for value in [1, 1.5, "s", [], (), {}, set(), None, True, len, Widget, w, range(1), 1j]:
    print(type(value).__name__)
print(type(w)() is not w, type(5)("12") + 1)
Alias = Widget
print(Alias.__name__, Alias is Widget)
