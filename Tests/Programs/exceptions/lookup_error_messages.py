# KeyError shows the repr of the key; IndexError messages name the sequence type
try:
    {"a": 1}["b"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    {}[(1, "x")]
except KeyError as e:
    print("KeyError:", e)
try:
    {}[""]
except KeyError as e:
    print("KeyError:", e)
for action in [lambda: [1][5], lambda: (1,)[-2], lambda: "ab"[2], lambda: [].pop(),
               lambda: range(3)[3], lambda: [1, 2].pop(7)]:
    try:
        action()
    except IndexError as e:
        print("IndexError:", e)
try:
    [1].index(2)
except ValueError as e:
    print("ValueError:", e)
try:
    [].remove(0)
except ValueError as e:
    print("ValueError:", e)
