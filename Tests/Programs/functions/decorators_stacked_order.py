# stacked decorators apply bottom-up and their wrappers run top-down
def deco(label):
    print("creating", label)
    def apply(func):
        print("applying", label)
        def wrapper():
            print("enter", label)
            result = func()
            print("exit", label)
            return result
        return wrapper
    return apply
@deco("outer")
@deco("middle")
@deco("inner")
def work():
    print("working")
    return 42
print("calling")
print(work())
@(lambda f: lambda: f() * 2)
def three():
    return 3
print(three())
