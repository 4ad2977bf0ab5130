# several context managers in one with: entered left to right, exited right to left
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name)
with CM("first") as a, CM("second") as b, CM("third"):
    print("body", a.name, b.name)
with (CM("p1") as x,
      CM("p2") as y):
    print("parenthesised", x.name, y.name)
try:
    with CM("outer"), CM("inner"):
        raise ValueError("boom")
except ValueError as err:
    print("caught", err)
