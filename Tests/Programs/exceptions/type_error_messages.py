# TypeError messages from operators, calls and builtins
def setitem_tuple():
    t = (1, 2)
    t[0] = 5
nothing = None
index = 1.5
five = 5
cases = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: "a" * "b",
    lambda: -"a",
    lambda: nothing(),
    lambda: len(5),
    lambda: 1 < "a",
    lambda: [] > {},
    lambda: {}[[]],
    lambda: "abc"[index],
    lambda: int([]),
    lambda: five[0],
    setitem_tuple,
    lambda: iter(5),
    lambda: sum(["a"]),
]
for case in cases:
    try:
        case()
    except TypeError as e:
        print(e)
