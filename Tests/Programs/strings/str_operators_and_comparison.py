# Checks +, *, in, comparisons and ordering of strings
print("ab" + "cd", "ab" * 3, 3 * "x", repr("ab" * 0), repr("ab" * -2))
print("a" < "b", "abc" < "abd", "ab" < "abc", "B" < "a", "" < "a")
print("abc" == "abc", "abc" != "ABC", "Z" > "A")
print(sorted(["banana", "Apple", "cherry", "apple", "10", "9"]))
print(max("hello"), min("hello"))
print("ell" in "hello", "le" not in "hello")
print(ord("a"), ord("A"), chr(97), chr(0x41), ord("\n"), chr(8364))
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" < 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(-1)
except ValueError as e:
    print(type(e).__name__, e)
s = "x"
s += "y"
s *= 2
print(s)
