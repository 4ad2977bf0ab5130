# which builtin values are false in a boolean context
values = [0, 0.0, "", [], (), {}, set(), None, False, 1, -1, 0.1, " ", [0], (None,), {0: 0}, True]
for v in values:
    if v:
        print(repr(v), "is true")
    else:
        print(repr(v), "is false")
print(bool(range(0)), bool(range(1)))
print(not [], not [1])
