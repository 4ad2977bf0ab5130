# Checks chr() and ord() including boundaries and error cases
print(ord("A"), ord("z"), ord("0"), ord(" "), ord("\0"), ord("é"), ord("€"), ord("😀"))
print(chr(65), chr(122), repr(chr(0)), chr(0x20AC), chr(0x1F600), repr(chr(10)))
print("".join([chr(ord(c) + 1) for c in "HAL"]))
print([ord(c) for c in "abc"])
print(chr(0x10FFFF) == "\U0010ffff")
for bad in [0x110000, -1]:
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr("a")
except TypeError as e:
    print(type(e).__name__, e)
