# the !r, !s and !a conversions in f-strings
s = "caf\u00e9"
print(f"{s}")
print(f"{s!s}")
print(f"{s!r}")
print(f"{s!a}")
print(f"{42!r} {42!s}")
print(f"{[s, 1]!s}")
print(f"{chr(9)!r} {chr(9)!a}")

class Thing:
    def __repr__(self):
        return "Thing()"
    def __str__(self):
        return "a thing"

t = Thing()
print(f"{t}")
print(f"{t!s}")
print(f"{t!r}")
print(f"{t!a}")
