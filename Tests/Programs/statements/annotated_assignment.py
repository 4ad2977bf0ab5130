# annotated assignments bind values; annotations alone do not bind but are recorded
x: int = 5
y: str
print(x)
try:
    print(y)
except NameError as err:
    print("NameError:", err)
print(__annotations__)
z: list = [1, 2]
print(z, __annotations__["z"].__name__)
def f():
    local: int = 3
    other: str
    return local
print(f())
class C:
    a: int = 1
    b: str
print(C.a, hasattr(C, "b"))
print(list(C.__annotations__))
