# Checks arbitrary-precision int arithmetic: powers, products, factorial by loop
print(2 ** 100)
print(2 ** 64 - 1)
print(-(2 ** 63))
print(10 ** 30 + 1)
print((2 ** 100) * (3 ** 50))
print((2 ** 100) // (2 ** 37))
print((10 ** 40) % 97)
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(f)))
print(f // (10 ** 60))
print(2 ** 100 - 2 ** 99 == 2 ** 99)
print(-(10 ** 25) - 1)
print(123456789 * 987654321)
print(99999999999999999999 + 1)
print(type(2 ** 100).__name__)
