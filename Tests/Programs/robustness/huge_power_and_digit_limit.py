# coil-only: CPython computes 99999 ** 9999999999999 for hours before it runs out of memory;
# Coil raises MemoryError at once. Printing ints past 4300 digits raises ValueError, as in 3.11.

x = 3 ** 10000
print(x % 1000, x.bit_length(), len(str(2 ** 14000)))
try:
    print(len(str(x)))
except ValueError as e:
    print("ValueError", e)
try:
    print(x)
except ValueError as e:
    print("ValueError", e)
try:
    y = 99999 ** 9999999999999
except MemoryError:
    print("MemoryError")
print(2 ** 64, -(2 ** 100), 10 ** 4299 // 10 ** 4290, repr(-(10 ** 20)))
