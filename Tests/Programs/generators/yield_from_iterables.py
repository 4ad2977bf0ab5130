# yield from works with any iterable: list, range, str, tuple, dict, generator expression
def gen():
    r = yield from [1, 2]
    print("list gives", r)
    yield from range(3, 5)
    yield from "ab"
    yield from (9, 8)
    yield from {"k": 1, "j": 2}
    yield from (x * 10 for x in range(2))
    yield from []
    yield from iter([7])

print(list(gen()))
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print("TypeError:", e)
