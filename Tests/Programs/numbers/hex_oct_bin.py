# Checks hex, oct and bin for positive, negative and big ints
for n in [0, 1, 10, 255, -255, 2 ** 70, -(2 ** 40)]:
    print(hex(n), oct(n), bin(n))
print(hex(True))
print(int(hex(123456789), 16), int(bin(-77), 2))
try:
    hex(1.5)
except TypeError as e:
    print(type(e).__name__, e)
