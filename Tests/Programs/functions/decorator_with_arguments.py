# a decorator factory takes arguments and returns the actual decorator
def repeat(times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("bo"))
def tag(name, cls=None):
    print("making decorator", name)
    def decorate(func):
        print("decorating", func.__name__)
        def wrapper():
            attr = "" if cls is None else ' class="' + cls + '"'
            return "<" + name + attr + ">" + func() + "</" + name + ">"
        return wrapper
    return decorate
@tag("b", cls="x")
def text():
    return "bold"
print(text())
registry = {}
def route(path):
    def decorator(func):
        registry[path] = func
        return func
    return decorator
@route("/home")
def home():
    return "home page"
print(registry["/home"](), home())
