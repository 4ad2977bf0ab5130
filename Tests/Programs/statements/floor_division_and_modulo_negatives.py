# // rounds toward negative infinity and % takes the sign of the divisor
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, -3)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2)
print(7 % -2.5, -1 % 3.0)
print(-1 // 10, -1 % 10)
print(10 ** 20 // -3, 10 ** 20 % -3)
print(7 / 2, -7 / 2, 6 / 3)
