# for loops over text and over enumerate(...) with a pair target take direct paths; they must
# agree with the iterator protocol: resumed enumerate objects, nested and attribute targets,
# big start values, unpacking errors, one-character strings, chr/ord and str comparisons.

s = "héllo"
print([c for c in s], [c for c in "abc"], list(enumerate("ab", 5)))
e = enumerate("abcdef")
for i, c in e:
    if i == 2:
        break
print(next(e), list(e), list(e))
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a, b)
for i, c in enumerate([]):
    print("never")
else:
    print("empty else")
x = [10, 20]
for x[0], y in enumerate("pq"):
    print(x, y)
try:
    for a, b in enumerate([1], start=2**64):
        print(a, b)
    for a, b, c in enumerate("ab"):
        pass
except ValueError as err:
    print("ValueError", err)
print(chr(65), chr(233), ord("é"), "a" < "b", "b" <= "a", "é" > "z", "abc" < "abd", "ab" < "abc", "" < "a", "x" == "x", "x" != "y")
print("abc"[1], "héllo"[1], "abc"[-1], ord("abc"[0]))
t = "q"
t += "r"
print(t, "q")
class S(str): pass
for ch in S("xy"): print(ch, type(ch).__name__)
try: chr(-1)
except ValueError as err: print(err)
try: ord("ab")
except TypeError as err: print(err)
try: ord(1)
except TypeError as err: print(err)
