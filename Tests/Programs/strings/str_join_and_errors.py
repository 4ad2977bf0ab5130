# Checks str.join with various iterables and the TypeError for non-strings
print(",".join(["a", "b", "c"]))
print("".join(["x", "y"]))
print("-".join("abc"))
print(" + ".join(("1", "2")))
print(repr("|".join([])))
print(":".join({"k1": 1, "k2": 2}))
print(", ".join([str(i) for i in range(5)]))
try:
    ",".join(["a", 1, "b"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join(5)
except TypeError as e:
    print(type(e).__name__, e)
