# bitwise and, or, xor, invert and shifts on positive, negative and big ints
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b))
print(-5 & 3, -5 | 3, -5 ^ 3, ~-5)
print(1 << 10, 1024 >> 3, -16 >> 2, -1 >> 10)
print(1 << 70, (1 << 70) >> 69)
print(True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True + True).__name__)
print(0xFF & ~0x0F)
try:
    1 << -1
except ValueError as err:
    print("ValueError:", err)
