# Checks bitwise operators and shifts including big ints and negatives
a = 2 ** 100 + 5
b = 2 ** 64 - 1
print(a & b)
print(a | b)
print(a ^ b)
print(~a)
print(a >> 90)
print(1 << 100)
print(-1 << 70)
print(-(2 ** 80) >> 3)
print(-5 >> 1, -1 >> 100)
print(-6 & 0xFF, -6 | 3, -6 ^ 3)
print(~0, ~-1, ~5)
print(0b1010 & 0b0110, 0b1010 | 0b0110, 0b1010 ^ 0b0110)
print((2 ** 100) & -(2 ** 100))
print(-(2 ** 65) & (2 ** 66 - 1))
