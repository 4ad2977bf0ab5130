# Checks string indexing and slicing with negative indices, steps and out-of-range bounds
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-4])
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-3])
print(s[8:2:-2], s[-1:-5:-1], s[5:2], repr(s[5:2]))
print(s[-100:100], s[100:], repr(s[100:]))
print(s[2:-2:3])
print(s[slice(1, 4)], s[slice(None, None, -2)])
try:
    s[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[-11]
except IndexError as e:
    print(type(e).__name__, e)
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
