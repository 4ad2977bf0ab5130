# with calls __enter__, binds its result, and always calls __exit__
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type)
        return False
with Resource("a") as value:
    print("body got", value)
with Resource("b"):
    print("body without as")
def f():
    with Resource("c") as v:
        return "returned " + v
print(f())
for i in range(3):
    with Resource("loop"):
        if i == 1:
            break
print("after loop", i)
