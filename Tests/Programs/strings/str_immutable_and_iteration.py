# Checks that strings are immutable and iterable character by character
s = "abc"
try:
    s[0] = "z"
except TypeError as e:
    print(type(e).__name__, e)
for ch in s:
    print(ch, end=".")
print()
print(list(enumerate("hi")))
print([c * 2 for c in "xyz"])
print(tuple("ab"), set("aaa"), dict.fromkeys("ab", 0))
t = s
s = s + "d"
print(t, s)
print("".join(reversed("stressed")))
print(str(123) + str(4.5) + str(None) + str(False))
