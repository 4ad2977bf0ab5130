# pass fills blocks that need no code; ellipsis works as an expression statement
def nothing():
    pass
class Empty:
    pass
def stub():
    ...
print(nothing(), stub())
print(type(Empty()).__name__)
for _ in range(3):
    pass
while False:
    pass
if True:
    pass
try:
    pass
except Exception:
    pass
print(...)
print(Ellipsis is ...)
print("done")
