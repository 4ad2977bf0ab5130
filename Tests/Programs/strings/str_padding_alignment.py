# Checks center, ljust, rjust and zfill including fill characters and odd padding
print("[" + "abc".center(9) + "]")
print("[" + "abc".center(8) + "]")
print("[" + "ab".center(7, "*") + "]")
print("[" + "abc".ljust(6, ".") + "]", "[" + "abc".rjust(6) + "]")
print("[" + "abcdef".center(3) + "]", "[" + "abc".ljust(2) + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(5), "12345".zfill(3))
print("-".zfill(3), "".zfill(2))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
